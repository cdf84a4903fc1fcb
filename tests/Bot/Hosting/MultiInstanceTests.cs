using Microsoft.EntityFrameworkCore;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.Counseling;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;
using RahZendegi.Tests.Support;
using Xunit.Abstractions;

namespace RahZendegi.Tests.Bot.Hosting;

/// <summary>
/// Two src/Bot processes on one PostgreSQL database behind a webhook balancer, as the README's several-instances layout
/// runs them: the messenger's updates for the same people reach both instances, some of them at both at once.
/// </summary>
[Trait("Category", "Slow")]
[Collection(RealProcesses.Bot)]
public sealed class MultiInstanceTests(TwoBotInstances instances, ITestOutputHelper output) : IClassFixture<TwoBotInstances>
{
    private const string Family = "خانواده و ازدواج";
    private const string Library = "کتابخانه عمومی مرکزی ایلام";
    private const string Counselor = "مریم احمدی (خانم)";
    private const string BookedPrefix = "نوبت شما ثبت شد";

    // Each line gets one answer, and the answers depend on the order: «بازگشت» and «لغو» mean something else a step earlier.
    private static readonly string[] Script =
        ["رزرو مشاوره", Family, Library, CommonTexts.Back, Library, Counselor, CommonTexts.Cancel, "رزرو مشاوره", Family];

    private SandboxBot Chat => instances.Sandbox.Bot;

    [Fact]
    public async Task PeopleWritingFast_ThroughBothInstancesWithDuplicates_AreAnsweredInOrderAndOnce()
    {
        var reference = instances.NewPerson();
        var expected = new List<string>();
        foreach (var line in Script)
        {
            expected.Add((await reference.SayAsync(line)).Text!);
        }

        Assert.DoesNotContain(CommonTexts.SomethingWentWrong, expected);

        var people = Enumerable.Range(0, 20).Select(_ => instances.NewPerson()).ToList();
        var duplicatesBefore = instances.Balancer.Duplicates;
        foreach (var line in Script)
        {
            // Everyone's next line before anyone's answer: the lines of one person follow each other closely.
            people.ForEach(person => Chat.SendText(person.UserId, line));
        }

        foreach (var person in people)
        {
            var answers = new List<string>();
            foreach (var _ in Script)
            {
                answers.Add((await person.NextAsync()).Text!);
            }

            Assert.Equal(expected, answers);
        }

        // A last line's answer comes after any copy of an earlier one: the sender keeps one chat's messages in order.
        foreach (var person in people)
        {
            await person.SayAsync(CommonTexts.Cancel);
            Assert.Equal(Script.Length + 1, Chat.Messages(person.UserId).Count(m => m.FromBot));
        }

        output.WriteLine($"Requests answered per instance: {string.Join(", ", instances.Balancer.Answered)}; sent to both: {instances.Balancer.Duplicates - duplicatesBefore}.");
        Assert.True(instances.Balancer.Duplicates - duplicatesBefore > 10, "The balancer should have sent many updates to both instances.");
        Assert.All(instances.Balancer.Answered, count => Assert.True(count > 50, "Each instance should have received a share of the updates."));
        await using var db = instances.Database.NewContext();
        var ids = people.Select(p => p.UserId).ToList();
        var stored = await db.InboxUpdates.Where(u => ids.Contains(u.UserKey)).ToListAsync();
        Assert.Equal(people.Count * (Script.Length + 1), stored.Count);
        Assert.All(stored, u => Assert.NotNull(u.HandledAt));
    }

    [Fact]
    public async Task FiftyPeopleConfirmOneSlot_ThroughBothInstances_OneBookingAndFortyNineFreshTimes()
    {
        var people = Enumerable.Range(0, 50).Select(_ => instances.NewPerson()).ToList();
        await Task.WhenAll(people.Select(ReachSummaryAsync));

        people.ForEach(person => Chat.SendText(person.UserId, CounselingTexts.ConfirmButton));
        var answers = await Task.WhenAll(people.Select(p => p.NextAsync()));

        Assert.Single(answers, a => a.Text!.StartsWith(BookedPrefix, StringComparison.Ordinal));
        Assert.Equal(49, answers.Count(a => a.Text == CounselingTexts.SlotTaken));
        await using var db = instances.Database.NewContext();
        var ids = people.Select(p => p.UserId).ToList();
        Assert.Equal(1, await db.Bookings.CountAsync(b => b.UserId != null && ids.Contains(b.UserId.Value)));
    }

    [Fact]
    public async Task Broadcast_WhenTheSendingInstanceStopsHalfway_TheOtherSendsTheRest_EachPersonOnce()
    {
        const int Recipients = 60;
        var people = Enumerable.Range(0, Recipients).Select(_ => instances.Sandbox.Emulator.AddUser().Id).ToList();
        var text = "کارگاه «کتاب‌خوانی با کودک» از شنبه آغاز می‌شود.";
        await using (var db = instances.Database.NewContext())
        {
            var now = DateTime.UtcNow;
            db.Subscriptions.AddRange(people.Select(id => new Subscription
            {
                BotName = BotInstancePair.BotName, UserId = id, ChatId = id, Topics = AnnouncementTopic.Children, UpdatedAt = now,
            }));
            await db.SaveChangesAsync();
            await using var services = new DomainServices(instances.Database, TimeProvider.System);
            var created = await services.Root.AsStaffAsync<BroadcastService, BroadcastCreation>(
                s => s.Create(new BroadcastDraft(text, new BroadcastAudience(AnnouncementTopic.Children), "test")));
            Assert.True(created.Created, created.Error);
        }

        var sender = await instances.RoleHolderAsync("send");
        foreach (var id in people.Take(Recipients / 4))
        {
            await Chat.WaitForBotMessageAsync(id, m => m.Text == text, BotInstancePair.Patience);
        }

        await instances.StopAsync(sender);
        var beforeStop = people.Count(id => Chat.Messages(id).Any(m => m.FromBot && m.Text == text));
        await instances.WaitForRoleAsync("send", 1 - sender);
        output.WriteLine($"{beforeStop} of {Recipients} had the broadcast when its sender stopped.");
        Assert.InRange(beforeStop, 1, Recipients - 1);

        foreach (var id in people.Skip(Recipients / 4))
        {
            await Chat.WaitForBotMessageAsync(id, m => m.Text == text, BotInstancePair.Patience);
        }

        await instances.RestartStoppedAsync();

        // Nothing else is pending for them: a copy would already be there.
        await using var check = instances.Database.NewContext();
        Assert.Equal(0, await check.OutboxMessages.CountAsync(m => m.BroadcastId != null && m.Status == OutboxStatus.Pending));
        Assert.All(people, id => Assert.Single(Chat.Messages(id), m => m.FromBot && m.Text == text));
    }

    private static async Task ReachSummaryAsync(ChatScript person)
    {
        await person.SayAsync("رزرو مشاوره");
        await person.SayAsync(Family);
        await person.SayAsync(Library);
        var days = await person.SayAsync(Counselor);
        var times = await person.SayAsync(days.ReplyButtons.First().Text);
        var summary = await person.SayAsync(times.ReplyButtons.First().Text);
        Assert.Contains(summary.ReplyButtons, b => b.Text == CounselingTexts.ConfirmButton);
    }
}

/// <summary>
/// Two src/Bot processes on one PostgreSQL database polling the same bot: one polls at a time, and the other takes
/// over when it stops.
/// </summary>
[Trait("Category", "Slow")]
[Collection(RealProcesses.Bot)]
public sealed class MultiInstancePollingTests(TwoPollingBotInstances instances) : IClassFixture<TwoPollingBotInstances>
{
    [Fact]
    public async Task TwoInstancesPolling_OnePollsAtATime_EveryoneAnsweredOnce_AndTheOtherTakesOverWhenItStops()
    {
        var poller = await instances.RoleHolderAsync("poll");
        await AnsweredOnceAsync(Enumerable.Range(0, 10).Select(_ => instances.NewPerson()).ToList());

        await instances.StopAsync(poller);
        await instances.WaitForRoleAsync("poll", 1 - poller);
        await AnsweredOnceAsync(Enumerable.Range(0, 10).Select(_ => instances.NewPerson()).ToList());
        await instances.RestartStoppedAsync();
    }

    private static async Task AnsweredOnceAsync(List<ChatScript> people)
    {
        people.ForEach(person => person.Chat.SendText(person.UserId, "/start"));
        foreach (var person in people)
        {
            Assert.Equal(MainMenuTexts.Welcome, (await person.NextAsync()).Text);
            Assert.StartsWith(MainMenuTexts.HelpText, (await person.SayAsync("/help")).Text);
            Assert.Equal(2, person.Chat.Messages(person.UserId).Count(m => m.FromBot));
        }
    }
}

/// <summary>The sandbox messenger, one PostgreSQL database, a webhook balancer and two bot processes behind it.</summary>
public sealed class TwoBotInstances() : BotInstancePair(webhooks: true);

/// <summary>The sandbox messenger, one PostgreSQL database and two bot processes polling the same bot.</summary>
public sealed class TwoPollingBotInstances() : BotInstancePair(webhooks: false);

public abstract class BotInstancePair(bool webhooks) : IAsyncLifetime
{
    public const string BotName = "multi";
    private const string Secret = "several-instances-test-secret-0123456789";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly int[] ports = [LoopbackPort.Free(), LoopbackPort.Free()];
    private readonly ProductProcess?[] bots = new ProductProcess?[2];
    private int? stopped;

    public SandboxServer Sandbox { get; } = new(new SandboxServerOptions { Port = 0 });

    public TestDatabase Database { get; } = new(DatabaseProvider.Postgres);

    public WebhookBalancer Balancer { get; private set; } = null!;

    // Two real processes answer fifty people at once: on a loaded machine an answer can take longer than the usual wait.
    public ChatScript NewPerson() => new(Sandbox.Bot, Sandbox.Emulator.AddUser().Id, Patience);

    public async Task InitializeAsync()
    {
        await Sandbox.StartAsync();
        Balancer = new WebhookBalancer([.. ports.Select(p => new Uri($"http://127.0.0.1:{p}"))], duplicateEvery: 4);
        await Balancer.StartAsync();

        // The first instance migrates and fills the demo data before the second starts on the same database.
        await StartAsync(0, seed: true);
        await StartAsync(1, seed: false);
    }

    private static string Holds(string role) => $"holds {role}:{BotName}.";

    /// <summary>The instance that took the role ("send" or "poll") for the bot first; only one ever says it took it.</summary>
    public async Task<int> RoleHolderAsync(string role)
    {
        var first = Array.FindIndex(bots, b => b!.Output.Contains(Holds(role), StringComparison.Ordinal));
        if (first < 0)
        {
            first = await Task.WhenAny(bots.Select((b, i) => WaitForRoleAsync(role, i))).Unwrap();
        }

        Assert.DoesNotContain(Holds(role), bots[1 - first]!.Output);
        return first;
    }

    public async Task<int> WaitForRoleAsync(string role, int instance)
    {
        await bots[instance]!.WaitForLineAsync(l => l.Contains(Holds(role), StringComparison.Ordinal), StartTimeout);
        return instance;
    }

    /// <summary>Stops one instance as a service manager would, waiting until it has exited.</summary>
    public async Task StopAsync(int instance)
    {
        Assert.Equal(0, await bots[instance]!.StopAsync(StartTimeout));
        stopped = instance;
    }

    public async Task RestartStoppedAsync()
    {
        if (stopped is { } instance)
        {
            bots[instance]!.Dispose();
            await StartAsync(instance, seed: false);
            stopped = null;
        }
    }

    private async Task StartAsync(int instance, bool seed)
    {
        bots[instance] = ProductProcess.Start("RahZendegi.Bot", new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Default"] = Database.ConnectionString,
            ["Bots__0__Name"] = BotName,
            ["Bots__0__Platform"] = "Telegram",
            ["Bots__0__Token"] = Sandbox.Emulator.DefaultToken,
            ["Bots__0__ApiBaseUrl"] = Sandbox.BaseAddress.ToString(),
            ["Bots__0__Receive__Mode"] = webhooks ? "Webhook" : "Polling",
            ["Bots__0__Receive__PublicUrl"] = Balancer.BaseAddress.ToString().TrimEnd('/'),
            ["Bots__0__Receive__Secret"] = Secret,
            ["Bots__0__Receive__RemoveOnStop"] = "false",
            ["Webhook__Listen"] = $"http://127.0.0.1:{ports[instance]}",
            ["Demo__Seed"] = seed ? "true" : "false",
            ["Pipeline__MessagesPerSecondPerBot"] = "1000",
            ["Pipeline__MessagesPerSecondPerChat"] = "100",
            ["Pipeline__ChatBurst"] = "100",
            // Slow enough that the broadcast is still going when its sender is stopped.
            ["Pipeline__BroadcastsPerSecondPerBot"] = "10",
            ["Counseling__HorizonDays"] = "60",
        });
        var ready = webhooks ? "receives updates by webhook" : "is listening by long polling";
        await bots[instance]!.WaitForLineAsync(l => l.Contains(ready, StringComparison.Ordinal), StartTimeout);
    }

    public async Task DisposeAsync()
    {
        foreach (var bot in bots)
        {
            bot?.Dispose();
        }

        await Balancer.DisposeAsync();
        await Sandbox.DisposeAsync();
        Database.Dispose();
    }
}
