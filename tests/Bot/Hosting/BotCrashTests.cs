using Microsoft.EntityFrameworkCore;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.Counseling;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Persian;
using RahZendegi.Tests.Support;
using Xunit.Abstractions;

namespace RahZendegi.Tests.Bot.Hosting;

/// <summary>
/// src/Bot as a real process, killed with SIGKILL at random moments while a hundred people book counselling
/// sessions through the sandbox, then started again on the same SQLite file: nothing lost, no booking doubled.
/// </summary>
[Trait("Category", "Slow")]
[Collection(RealProcesses.Bot)]
public sealed class BotCrashTests(ITestOutputHelper output)
{
    private const int People = 100;
    private const int Kills = 3;
    private const int SendConcurrency = 4;
    private const string BookedPrefix = "نوبت شما ثبت شد";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task BotKilledAtRandomMoments_WhileAHundredPeopleBook_LosesNothingAndDoublesNoBooking()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("RZ_CRASH_SEED"), out var fixedSeed) ? fixedSeed : Random.Shared.Next();
        output.WriteLine($"Seed {seed}: set RZ_CRASH_SEED={seed} to make the same choices again.");
        var random = new Random(seed);
        await using var server = new SandboxServer(new SandboxServerOptions { Port = 0 });
        await server.StartAsync();
        using var database = TestDatabase.Migrated();
        var chat = server.Bot;
        var people = Enumerable.Range(0, People).Select(_ => server.Emulator.AddUser().Id).ToList();

        // Every walk has at least seven replies, so these moments all come while people are mid-conversation.
        var killAfterSends = Enumerable.Range(0, Kills).Select(_ => random.Next(People / 2, People * 6)).Order().ToList();
        output.WriteLine($"Kills after {string.Join(", ", killAfterSends)} messages sent.");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var bot = StartBot(server, database);
        try
        {
            var walks = people.Select((person, i) => BookAsync(chat, person, new Random(seed + 1 + i))).ToList();
            foreach (var sends in killAfterSends)
            {
                await chat.WaitForBotMessagesSentAsync(sends, Patience);
                output.WriteLine($"{clock.Elapsed.TotalSeconds:F1}s: killed after {chat.BotMessagesSent} messages sent.");
                bot.Dispose();
                bot = StartBot(server, database);
            }

            var confirmations = await Task.WhenAll(walks);
            output.WriteLine($"{clock.Elapsed.TotalSeconds:F1}s: everyone booked; {chat.BotMessagesSent} messages sent.");

            // One person's updates are handled in order and one chat's messages are sent in order: the welcome comes
            // after every reply the bot ever committed to them.
            people.ForEach(person => chat.SendText(person, "/start"));
            foreach (var person in people)
            {
                await chat.WaitForBotMessageAsync(person, m => m.Text == MainMenuTexts.Welcome, Patience);
            }

            await AssertEveryoneBookedOnceAsync(database, people, confirmations);
            AssertEveryCommittedReplySent(database, chat, out var duplicates);
            output.WriteLine($"{duplicates} duplicate sends after {Kills} kills (bound: {Kills * SendConcurrency}, the sends in flight at each kill).");
            Assert.InRange(duplicates, 0, Kills * SendConcurrency);
        }
        finally
        {
            bot.Dispose();
        }
    }

    private static ProductProcess StartBot(SandboxServer server, TestDatabase database) =>
        ProductProcess.Start("RahZendegi.Bot", new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = database.ConnectionString,
            ["Bots__0__Name"] = "crash",
            ["Bots__0__Platform"] = "Telegram",
            ["Bots__0__Token"] = server.Emulator.DefaultToken,
            ["Bots__0__ApiBaseUrl"] = server.BaseAddress.ToString(),
            ["Demo__Seed"] = "true",
            ["Pipeline__MessagesPerSecondPerBot"] = "1000",
            ["Pipeline__MessagesPerSecondPerChat"] = "100",
            ["Pipeline__ChatBurst"] = "100",
            ["Pipeline__SendConcurrency"] = $"{SendConcurrency}",
            // No reminder falls due during the test, so every message is an answer to something a person said.
            ["Counseling__DayReminder"] = "00:00:01",
            ["Counseling__HourReminder"] = "00:00:01",
            // The demo's four counsellors have about seventy free sessions in two weeks; a hundred people need more days.
            ["Counseling__HorizonDays"] = "60",
        });

    /// <summary>
    /// Books a session, answering whatever the bot asked last with one of its buttons, so a question asked again
    /// (after a restart, or a copy sent twice) is simply answered again. Returns the confirmation.
    /// </summary>
    private static async Task<SandboxMessage> BookAsync(SandboxBot chat, long person, Random random)
    {
        chat.SendText(person, MainMenuTexts.Counseling);
        for (var step = 0; step < 100; step++)
        {
            var question = await chat.WaitForBotMessageAsync(person, m => m.ReplyButtons.Any(), Patience);
            if (question.Text?.StartsWith(BookedPrefix, StringComparison.Ordinal) == true)
            {
                return question;
            }

            var buttons = question.ReplyButtons.Select(b => b.Text)
                .Where(t => t is not (CommonTexts.Back or CommonTexts.Cancel or CounselingTexts.NotifyMeButton or CommonTexts.DiscountCodeButton))
                .ToList();
            chat.SendText(person,
                buttons.Contains(CounselingTexts.ConfirmButton) ? CounselingTexts.ConfirmButton
                : buttons.Contains(MainMenuTexts.Counseling) ? MainMenuTexts.Counseling
                : buttons.Contains(CounselingTexts.FirstFree) ? CounselingTexts.FirstFree
                : buttons.Count == 0 ? CommonTexts.Cancel
                : buttons[random.Next(buttons.Count)]);
        }

        throw new InvalidOperationException($"Person {person} never got a booking:\n{string.Join('\n', chat.Messages(person))}");
    }

    private static async Task AssertEveryoneBookedOnceAsync(TestDatabase database, List<long> people, SandboxMessage[] confirmations)
    {
        await using var db = database.NewContext();
        var bookings = await db.Bookings.ToListAsync();
        Assert.All(bookings, b => Assert.Equal(BookingStatus.Confirmed, b.Status));
        Assert.All(bookings.GroupBy(b => (b.CounselorId, b.StartsAt)), slot => Assert.Single(slot));
        for (var i = 0; i < people.Count; i++)
        {
            var booking = Assert.Single(bookings, b => b.UserId == people[i]);
            Assert.Contains(PersianText.ToPersianDigits(booking.TrackingCode), confirmations[i].Text);
        }
    }

    /// <summary>Each committed reply is in its chat at least as often as it was committed; returns the extra copies.</summary>
    private static void AssertEveryCommittedReplySent(TestDatabase database, SandboxBot chat, out int duplicates)
    {
        using var db = database.NewContext();
        var rows = db.OutboxMessages.AsNoTracking().ToList();
        Assert.DoesNotContain(rows, r => r.Status == OutboxStatus.Failed);
        duplicates = 0;
        foreach (var chatRows in rows.GroupBy(r => r.ChatId))
        {
            var committed = chatRows.Select(r => Assert.IsType<OutgoingText>(Outgoing.Deserialize(r.Payload)).Text).CountBy(t => t).ToDictionary();
            var sent = chat.Messages(chatRows.Key).Where(m => m.FromBot).Select(m => m.Text ?? "").CountBy(t => t).ToDictionary();
            foreach (var (text, times) in committed)
            {
                Assert.True(sent.GetValueOrDefault(text) >= times, $"Chat {chatRows.Key}: «{text}» committed {times}×, sent {sent.GetValueOrDefault(text)}×.");
            }

            duplicates += sent.Values.Sum() - committed.Values.Sum();
        }
    }
}
