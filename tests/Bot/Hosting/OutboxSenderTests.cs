using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RahZendegi.Bot.Announcements;
using RahZendegi.Bot.Counseling;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Conversations;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Hosting;

/// <summary>
/// The sender under the faults a messenger produces, through the real worker and the sandbox over HTTP:
/// a slow chat, 429 with retry_after, 5xx, dropped connections, a restart mid-retry, and its rates.
/// </summary>
public sealed class OutboxSenderOnSqliteTests() : OutboxSenderTests(DatabaseProvider.Sqlite);

public sealed class OutboxSenderOnPostgresTests() : OutboxSenderTests(DatabaseProvider.Postgres);

public abstract class OutboxSenderTests(DatabaseProvider provider)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The status and attempts of the test's one outbox message.</summary>
    private static async Task<(OutboxStatus, int)> OnlyMessageAsync(BotTestHost host)
    {
        await using var db = host.Database.NewContext();
        var row = await db.OutboxMessages.SingleAsync();
        return (row.Status, row.Attempts);
    }

    private static async Task<bool> AllFinal(AppDbContext db) =>
        await db.OutboxMessages.AnyAsync() && await db.OutboxMessages.AllAsync(m => m.Status != OutboxStatus.Pending);

    [Fact]
    public async Task Send_ToAChatThatAnswersSlowly_DoesNotHoldUpOtherUsersReplies()
    {
        await using var host = await BotTestHost.StartAsync(provider: provider);
        var slow = host.Sandbox.Emulator.AddUser().Id;
        var hold = host.Chat.HoldCallsTo(slow);
        host.Chat.SendText(slow, "/start");
        await hold.Holding;

        var others = Enumerable.Range(0, 10).Select(_ => host.Sandbox.Emulator.AddUser().Id).ToList();
        others.ForEach(user => host.Chat.SendText(user, "/start"));

        foreach (var user in others)
        {
            Assert.Equal(MainMenuTexts.Welcome, (await host.Chat.WaitForBotMessageAsync(user)).Text);
        }

        Assert.DoesNotContain(host.Chat.Messages(slow), m => m.FromBot);
        hold.Release();
        Assert.Equal(MainMenuTexts.Welcome, (await host.Chat.WaitForBotMessageAsync(slow)).Text);
    }

    [Fact]
    public async Task Send_RateLimitedWithRetryAfter_SendsNothingUntilItPassesAndLosesNothing()
    {
        await using var host = await BotTestHost.StartAsync(provider: provider);
        var users = Enumerable.Range(0, 6).Select(_ => host.Sandbox.Emulator.AddUser().Id).ToList();
        host.Chat.FloodWaitNext(retryAfterSeconds: 2);

        users.ForEach(user => host.Chat.SendText(user, "/start"));

        foreach (var user in users)
        {
            Assert.Equal(MainMenuTexts.Welcome, (await host.Chat.WaitForBotMessageAsync(user, timeout: Patience)).Text);
        }

        // Only sends already on their way when the first 429 came back can have met the flood wait too.
        Assert.InRange(host.Chat.ErrorAnswers(429), 1, 4);
        Assert.All(host.Chat.SendLog, send => Assert.True(send.At >= host.Chat.FloodWaitEnds, $"A send arrived at {send.At:O}, before the wait ended at {host.Chat.FloodWaitEnds:O}."));
        Assert.All(users, user => Assert.Single(host.Chat.Messages(user), m => m.FromBot));
        await host.WaitForOutboxAsync(AllFinal);
        await using var db = host.Database.NewContext();
        Assert.All(await db.OutboxMessages.ToListAsync(), m => Assert.Equal((OutboxStatus.Sent, 1), (m.Status, m.Attempts)));
    }

    [Theory]
    [InlineData("502")]
    [InlineData("drop before")]
    public async Task Send_WhenTheCallFailsBeforeReachingTheChat_IsRetriedAndArrivesOnce(string fault)
    {
        await using var host = await BotTestHost.StartAsync(provider: provider);
        var user = host.Sandbox.Emulator.AddUser().Id;
        if (fault == "502")
        {
            host.Chat.FailNext("sendMessage", 502, "Bad Gateway");
        }
        else
        {
            host.Chat.DropNextConnection("sendMessage", afterHandling: false);
        }

        host.Chat.SendText(user, "/start");

        Assert.Equal(MainMenuTexts.Welcome, (await host.Chat.WaitForBotMessageAsync(user)).Text);
        await host.WaitForOutboxAsync(AllFinal);
        Assert.Single(host.Chat.Messages(user), m => m.FromBot);
        Assert.Equal((OutboxStatus.Sent, 2), await OnlyMessageAsync(host));
    }

    [Fact]
    public async Task Send_WhenTheConnectionDropsAfterTheChatGotIt_IsRetriedAndArrivesAtMostTwice()
    {
        await using var host = await BotTestHost.StartAsync(provider: provider);
        var user = host.Sandbox.Emulator.AddUser().Id;
        host.Chat.DropNextConnection("sendMessage", afterHandling: true);

        host.Chat.SendText(user, "/start");

        // The bot cannot know the message arrived: a second copy is the price of never losing a reply.
        await host.WaitForOutboxAsync(AllFinal);
        Assert.Equal(2, host.Chat.Messages(user).Count(m => m.FromBot && m.Text == MainMenuTexts.Welcome));
        Assert.Equal((OutboxStatus.Sent, 2), await OnlyMessageAsync(host));
    }

    [Fact]
    public async Task Reply_RestartedWhileWaitingToRetry_IsSentOnceAfterTheRestart()
    {
        await using var host = await BotTestHost.StartAsync(provider: provider, arrange: h => h.Settings["Pipeline:SendRetryDelay"] = "00:00:02");
        var user = host.Sandbox.Emulator.AddUser().Id;
        host.Chat.FailNext("sendMessage", 503, "Service Unavailable");
        host.Chat.SendText(user, "/start");

        // The failed attempt is written before the wait for the next one.
        await host.WaitForOutboxAsync(db => db.OutboxMessages.AnyAsync(m => m.ChatId == user && m.Attempts == 1));
        await host.RestartAsync();

        Assert.Equal(MainMenuTexts.Welcome, (await host.Chat.WaitForBotMessageAsync(user, timeout: Patience)).Text);
        await host.WaitForOutboxAsync(AllFinal);
        Assert.Single(host.Chat.Messages(user), m => m.FromBot);
        Assert.Equal((OutboxStatus.Sent, 2), await OnlyMessageAsync(host));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task RepliesAndABroadcast_UnderTheRateLimits_NeverExceedThemInAnySlidingWindow()
    {
        const int botRate = 40, chatBurst = 3, people = 15, subscribers = 30;
        await using var host = await BotTestHost.StartAsync(provider: provider, arrange: h =>
        {
            h.Settings["Pipeline:MessagesPerSecondPerBot"] = $"{botRate}";
            h.Settings["Pipeline:MessagesPerSecondPerChat"] = "1";
            h.Settings["Pipeline:ChatBurst"] = $"{chatBurst}";
        });
        host.Chat.SetRateLimit(botRate, chatBurst);
        await BroadcastAsync(host, firstUser: 200_001, subscribers);
        var users = Enumerable.Range(0, people).Select(_ => host.Sandbox.Emulator.AddUser().Id).ToList();
        string[] said = ["/start", "/help", "بازگشت", "/help"];
        var help = MainMenuTexts.HelpPage(CounselingTexts.EmergencyLines("123", "1480"));
        string[] answers = [MainMenuTexts.Welcome, help, MainMenuTexts.MenuPrompt, help];

        foreach (var text in said)
        {
            users.ForEach(user => host.Chat.SendText(user, text));
        }

        foreach (var user in users)
        {
            foreach (var answer in answers)
            {
                Assert.Equal(answer, (await host.Chat.WaitForBotMessageAsync(user, timeout: Patience)).Text);
            }
        }

        await host.Chat.WaitForBotMessagesSentAsync(people * answers.Length + subscribers, Patience);
        var log = host.Chat.SendLog;
        Assert.Equal(0, host.Chat.ErrorAnswers(429));
        Assert.InRange(MostInAnyWindow(log.Select(s => s.At), TimeSpan.FromSeconds(1)), 1, botRate);

        // Per chat: a burst of three, then one a second; so never more than three in any three seconds.
        foreach (var chat in log.GroupBy(s => s.ChatId))
        {
            Assert.InRange(MostInAnyWindow(chat.Select(s => s.At), TimeSpan.FromSeconds(chatBurst)), 1, chatBurst);
        }
    }

    /// <summary>The most timestamps that fall in any one window [t, t + length).</summary>
    private static int MostInAnyWindow(IEnumerable<DateTimeOffset> times, TimeSpan length)
    {
        var sorted = times.Order().ToList();
        var most = 0;
        for (int first = 0, last = 0; first < sorted.Count; first++)
        {
            while (last < sorted.Count && sorted[last] - sorted[first] < length)
            {
                last++;
            }

            most = Math.Max(most, last - first);
        }

        return most;
    }

    private static async Task BroadcastAsync(BotTestHost host, long firstUser, int subscribers)
    {
        await using (var db = host.Database.NewContext())
        {
            var now = DateTime.UtcNow;
            for (var user = firstUser; user < firstUser + subscribers; user++)
            {
                db.Conversations.Add(new ConversationState { BotName = BotTestHost.BotName, UserId = user, ChatId = user, Flow = "MainMenu", State = "Menu", LastActivityAt = now });
                db.Subscriptions.Add(new Subscription { BotName = BotTestHost.BotName, UserId = user, ChatId = user, Topics = AnnouncementTopic.LibraryNews, UpdatedAt = now });
            }

            await db.SaveChangesAsync();
        }

        await using var scope = host.Services.CreateAsyncScope();
        var broadcasts = scope.ServiceProvider.GetRequiredService<BroadcastService>();
        broadcasts.Create(new BroadcastDraft("کتابخانه از شنبه تا ساعت ۲۰ باز است.", new(AnnouncementTopic.LibraryNews), "operator"));
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        await broadcasts.ExpandDueAsync();
    }
}
