using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Hosting;

/// <summary>
/// Random sequences of every kind of update, valid and not, through every conversation: nothing escapes as an
/// apology (which is what an exception becomes), and every person's conversation still answers at the end.
/// </summary>
[Trait("Category", "Slow")]
public sealed class UpdateFuzzTests
{
    private const int People = 10;
    private const int UpdatesEach = 50;

    // Answers that lead deep into the flows, mixed with noise.
    private static readonly string[] Meaningful =
    [
        "/start", "/help", "/cancel", "/start w12", "/foo", "بازگشت", "لغو", "راهنما",
        "عضویت در کتابخانه", "رزرو مشاوره", "نوبت‌های من", "کارگاه‌ها و رویدادها", "اطلاع‌رسانی‌ها",
        "عموم مردم", "مددجوی کمیته امداد", "زهرا محمدی", "5260181591", "۰۸۳۰۱۶۶۱۳۰", "09123456789", "ایلام",
        "کتابخانه عمومی مرکزی ایلام", "بدون مدرک ادامه می‌دهم", "تأیید و ثبت عضویت", "کد تخفیف دارم", "EMDAD40",
        "خانواده و ازدواج", "مریم احمدی (خانم)", "هر مشاوری", "خبرم کن", "هر روزی", "تأیید و ثبت نوبت",
        "ویرایش نام", "دریافت کارت عضویت",
    ];

    // Persian, Arabic (with ي and ك), Latin, emoji, control and direction characters, markup, huge texts.
    private static readonly string[] Noise =
    [
        "", " ", "\u200c", "سلام", "\u0643\u064a\u0641 \u062d\u0627\u0644\u0643", "Hello there", "😀😀😀", "👨‍👩‍👧‍👦🇮🇷", "١٢٣٤٥", "<b>bold</b>",
        "'; DROP TABLE Members; --", "\u202Eabc", "a\u0000b", "\u0007\u001b[31m\t\r\n", "\ufeff\u200f\u200e", "ZWJ\u200d", "\ud83d",
        new string('ا', 5000), string.Concat(Enumerable.Repeat("سلامHello١٢٣😀\n", 770)), "0", "-1", "99999999999999999999", "{{name}}", "%s%n",
    ];

    private static readonly string[] ForgedCallbacks =
        ["bk:cancel:999999", "bk:take:1", "bk:move:-5", "ws:confirm:1", "x", "bk:come:abc", new string('z', 64)];

    [Fact]
    public async Task RandomUpdates_ThroughEveryFlow_NeverFailAndEveryoneIsStillAnswered()
    {
        var logs = new LogCollector();
        await using var host = await BotTestHost.StartAsync(h =>
        {
            h.Settings["Demo:Seed"] = "true";
            h.ConfigureServices = services => services.AddSingleton<ILoggerProvider>(logs);
        });
        var people = Enumerable.Range(0, People).Select(_ => host.Sandbox.Emulator.AddUser().Id).ToList();
        var updateId = 5_000_000;

        // Each person walks on their own, waiting for an answer where one is due, so taps follow the bot's offers.
        await Task.WhenAll(people.Select(async (person, index) =>
        {
            var own = new Random(1405 + index);
            for (var step = 0; step < UpdatesEach; step++)
            {
                if (Send(host, own, person, Interlocked.Increment(ref updateId)))
                {
                    await host.Chat.WaitForBotMessageAsync(person);
                }
            }
        }));

        // One person's updates are handled in order: the welcome after everything means everything was handled.
        foreach (var person in people)
        {
            host.Chat.SendText(person, "/start");
        }

        foreach (var person in people)
        {
            await host.Chat.WaitForBotMessageAsync(person, m => m.Text == MainMenuTexts.Welcome, TimeSpan.FromSeconds(60));
            Assert.DoesNotContain(host.Chat.Messages(person), m => m.FromBot && m.Text == CommonTexts.SomethingWentWrong);
        }

        await using var db = host.Database.NewContext();
        Assert.Equal(0, await db.InboxUpdates.CountAsync(u => u.HandledAt == null));
        Assert.Empty(logs.Errors);
        Assert.Equal(0, await db.OutboxMessages.CountAsync(m => m.Status == RahZendegi.Domain.Messaging.OutboxStatus.Failed));

        // Every conversation is in a state its flow's machine knows.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var states = scope.ServiceProvider.GetServices<IFlow>().ToDictionary(
                f => f.Name, f => f.Describe().States.Select(st => st.UnderlyingState.ToString()).ToHashSet());
            foreach (var conversation in await db.Conversations.ToListAsync())
            {
                Assert.True(states.TryGetValue(conversation.Flow, out var known) && known.Contains(conversation.State),
                    $"User {conversation.UserId} is in {conversation.Flow}.{conversation.State}, which its flow does not know.");
            }
        }

        // The noise really went through the flows: their questions were asked, many times.
        var said = people.SelectMany(p => host.Chat.Messages(p)).Where(m => m.FromBot).Select(m => m.Text ?? "").ToList();
        Assert.Contains(said, t => t.EndsWith(RahZendegi.Bot.Membership.MembershipTexts.AskFullName, StringComparison.Ordinal));
        Assert.Contains(said, t => t.EndsWith(RahZendegi.Bot.Counseling.CounselingTexts.AskCounselor, StringComparison.Ordinal));
        Assert.All(people, person => Assert.True(host.Chat.Messages(person).Count(m => m.FromBot) > UpdatesEach / 3));
    }

    /// <summary>Sends one random update; true when the person's private chat is due an answer.</summary>
    private static bool Send(BotTestHost host, Random random, long person, int updateId)
    {
        var chat = host.Chat;
        switch (random.Next(15))
        {
            case 12:
                // Empty text, and fields no Bot API version has, inside the message and beside it.
                chat.EnqueueRawUpdate(Fill("""
                    {"update_id":UPDATE,"message":{"message_id":MESSAGE,"date":1764300000,
                     "chat":{"id":PERSON,"type":"private","first_name":"x"},"from":{"id":PERSON,"is_bot":false,"first_name":"x"},
                     "text":"TEXT","brand_new_field":{"nested":[1,{"x":null}]}},"another_new_field":true}
                    """, person, updateId).Replace("MESSAGE", $"{random.Next(1_000_000, 2_000_000)}").Replace("TEXT", random.Next(2) == 0 ? "" : "/help"));
                return true;
            case 13:
                // A button on an older message: its callback data is stale by now.
                var older = chat.Messages(person).Where(m => m.FromBot && !m.Deleted && m.InlineButtons.Any()).ToList();
                if (older.Count < 2)
                {
                    return false;
                }

                var stale = older[random.Next(older.Count - 1)];
                chat.PressButton(person, stale.MessageId, stale.InlineButtons.First().CallbackData ?? "x");
                return true;
            case 14:
                // Update kinds the bot does not handle.
                chat.EnqueueRawUpdate(Fill(random.Next(3) switch
                {
                    0 => """{"update_id":UPDATE,"message_reaction":{"chat":{"id":PERSON,"type":"private"},"message_id":1,"date":1764300000,"old_reaction":[],"new_reaction":[{"type":"emoji","emoji":"👍"}]}}""",
                    1 => """{"update_id":UPDATE,"chat_join_request":{"chat":{"id":-1001,"type":"supergroup","title":"g"},"from":{"id":PERSON,"is_bot":false,"first_name":"x"},"user_chat_id":PERSON,"date":1764300000}}""",
                    _ => """{"update_id":UPDATE,"kind_from_the_future":{"id":PERSON}}""",
                }, person, updateId));
                return false;
            case < 5:
                // Mostly a tap on one of the buttons the bot offered last, so the walk goes deep into the flows.
                var offered = chat.Messages(person).LastOrDefault(m => m.FromBot && m.ReplyButtons.Any())?.ReplyButtons.ToList();
                chat.SendText(person, offered is { Count: > 0 } && random.Next(4) > 0
                    ? offered[random.Next(offered.Count)].Text
                    : Meaningful[random.Next(Meaningful.Length)]);
                return true;
            case 5:
                chat.SendText(person, Noise[random.Next(Noise.Length)] is { Length: > 0 } noise ? noise : ".");
                return true;
            case 6:
                var lastBot = chat.Messages(person).LastOrDefault(m => m.FromBot && !m.Deleted);
                if (lastBot is null)
                {
                    return false;
                }

                var real = lastBot.InlineButtons.Select(b => b.CallbackData).Where(d => d is not null).ToList();
                chat.PressButton(person, lastBot.MessageId, real.Count > 0 && random.Next(2) == 0
                    ? real[random.Next(real.Count)]!
                    : ForgedCallbacks[random.Next(ForgedCallbacks.Length)]);
                return true;
            case 7:
                chat.ShareContact(person, "+98912" + random.Next(1_000_000, 9_999_999), random.Next(2) == 0 ? person : 424242);
                return true;
            case 8:
                _ = random.Next(3) switch { 0 => chat.SendPhoto(person), 1 => chat.SendSticker(person), _ => chat.SendVoice(person) };
                return true;
            case 9:
                var mine = chat.Messages(person).LastOrDefault(m => !m.FromBot && m.Kind == RahZendegi.Bot.Sandbox.SandboxMessageKind.Text);
                if (mine is null)
                {
                    return false;
                }

                chat.EditMessage(person, mine.MessageId, "ویرایش‌شده");
                return true;
            case 10:
                chat.SendInGroup(-100_000_000 - random.Next(3), person, random.Next(2) == 0 ? "/start" : "سلام گروه");
                return false;
            default:
                // An update kind the bot does not handle, with fields it has never seen.
                var poll = """{"id":"1","question":"?","options":[],"total_voter_count":0,"is_closed":false,"is_anonymous":true,"type":"regular","allows_multiple_answers":false}""";
                chat.EnqueueRawUpdate($"{{\"update_id\":{updateId},\"poll\":{poll},\"brand_new_field\":{{\"x\":1}}}}");
                return false;
        }
    }

    private static string Fill(string json, long person, int updateId) =>
        json.Replace("PERSON", $"{person}").Replace("UPDATE", $"{updateId}");
}
