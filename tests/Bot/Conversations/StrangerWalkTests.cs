using Microsoft.EntityFrameworkCore;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Bot.Membership;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Messaging;
using RahZendegi.Tests.Support;
using Xunit.Abstractions;

namespace RahZendegi.Tests.Bot.Conversations;

/// <summary>
/// A stranger who presses the first choice on every screen, in every flow, on a fresh install and on one with demo
/// data: each walk ends at a result (the main menu with closing words, or the help page) or keeps being offered
/// something useful, and never meets a screen whose only buttons are «بازگشت» and «لغو».
/// </summary>
public sealed class StrangerWalkTests(ITestOutputHelper output)
{
    private const int MaxSteps = 30;

    /// <summary>What a stranger types where a step asks for text rather than a choice.</summary>
    private static readonly Dictionary<string, string> Typed = new(StringComparer.Ordinal)
    {
        [MembershipTexts.AskFullName] = "زهرا محمدی",
        [MembershipTexts.AskNationalId] = "5260181591",
    };

    public static TheoryData<string, bool> Entries()
    {
        var data = new TheoryData<string, bool>();
        foreach (var demo in new[] { true, false })
        {
            foreach (var entry in new[]
            {
                MainMenuTexts.Membership, MainMenuTexts.Counseling, MainMenuTexts.Workshops,
                MainMenuTexts.MyBookings, MainMenuTexts.Announcements, MainMenuTexts.Help, MainMenuTexts.MyData,
            })
            {
                data.Add(entry, demo);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public async Task EveryFlow_FirstChoiceOnEveryScreen_NeverEndsWhereOnlyBackAndCancelRemain(string entry, bool demo)
    {
        await using var host = await BotTestHost.StartAsync(h => h.Settings["Demo:Seed"] = demo ? "true" : "false");
        var walk = new Walk(host, host.Sandbox.Emulator.AddUser().Id, output);
        await walk.SayAsync("/start");

        await walk.FromAsync(entry);
    }

    [Fact]
    public async Task MyBookings_WithABooking_FirstChoiceOnEveryScreen_NeverEndsWhereOnlyBackAndCancelRemain()
    {
        await using var host = await BotTestHost.StartAsync(h => h.Settings["Demo:Seed"] = "true");
        var walk = new Walk(host, host.Sandbox.Emulator.AddUser().Id, output);
        await walk.SayAsync("/start");
        await walk.FromAsync(MainMenuTexts.Counseling);

        // «نوبت‌های من» now lists the booking just made: its first button, «تغییر زمان», walks the move too.
        await walk.FromAsync(MainMenuTexts.MyBookings, pressCards: true);
    }

    private sealed class Walk(BotTestHost host, long user, ITestOutputHelper output)
    {
        private int lastSeen;

        public async Task FromAsync(string entry, bool pressCards = false)
        {
            var screen = await SayAsync(entry);
            if (pressCards)
            {
                var card = FirstCardWithButtons();
                Assert.NotNull(card);
                screen = await PressAsync(card, card.InlineButtons.First());
            }

            for (var step = 0; step < MaxSteps; step++)
            {
                var inline = screen.InlineButtons.FirstOrDefault(b => b.CallbackData is not null);
                var reply = ReplyButtons().Where(b => b.Text is not CommonTexts.Back and not CommonTexts.Cancel).ToList();
                output.WriteLine($"{step}: {screen.Text} [{string.Join(" | ", ReplyButtons().Select(b => b.Text))}]" +
                    (inline is null ? "" : $" inline «{inline.Text}»"));

                if (IsResult(screen, reply))
                {
                    return;
                }

                if (inline is not null)
                {
                    screen = await PressAsync(screen, inline);
                }
                else if (screen.Text is { } question && Typed.TryGetValue(question, out var typed))
                {
                    screen = await SayAsync(typed);
                }
                else
                {
                    Assert.True(reply.Count > 0, $"«{entry}» ends on a screen with only «بازگشت» and «لغو»: {screen.Text}");
                    screen = reply[0].RequestContact ? await ShareContactAsync() : await SayAsync(reply[0].Text);
                }
            }

            // Still going after so many screens (choices that toggle, say): each offered a real choice.
        }

        /// <summary>A result: the main menu with closing words, or the help page.</summary>
        private bool IsResult(SandboxMessage screen, List<SandboxReplyButton> reply) =>
            screen.Text?.StartsWith(MainMenuTexts.HelpText, StringComparison.Ordinal) == true
            || (screen.InlineButtons.All(b => b.CallbackData is null) && reply.Any(b => b.Text == MainMenuTexts.Counseling));

        public async Task<SandboxMessage> SayAsync(string text)
        {
            host.Chat.SendText(user, text);
            return await AnswerAsync();
        }

        private async Task<SandboxMessage> PressAsync(SandboxMessage message, SandboxInlineButton button)
        {
            host.Chat.PressButton(user, message.MessageId, button.CallbackData!);
            return await AnswerAsync();
        }

        private async Task<SandboxMessage> ShareContactAsync()
        {
            host.Chat.ShareContact(user, "+989123456789", user);
            return await AnswerAsync();
        }

        /// <summary>The last message of the bot's whole answer: waits for its first message, then for the rest to be sent.</summary>
        private async Task<SandboxMessage> AnswerAsync()
        {
            var known = lastSeen;
            await host.Chat.WaitForBotMessageAsync(user, m => m.MessageId > known);
            await host.WaitForOutboxAsync(db => db.OutboxMessages.AllAsync(m => m.ChatId != user || m.Status != OutboxStatus.Pending));
            var last = host.Chat.Messages(user).Last(m => m.FromBot);
            lastSeen = last.MessageId;
            return last;
        }

        /// <summary>The reply keyboard the person sees now: the latest bot message that carried one.</summary>
        private IReadOnlyList<SandboxReplyButton> ReplyButtons() =>
            [.. host.Chat.Messages(user).LastOrDefault(m => m.FromBot && m.ReplyKeyboard.Count > 0)?.ReplyButtons ?? []];

        /// <summary>The first booking card of the list just shown.</summary>
        private SandboxMessage? FirstCardWithButtons() =>
            host.Chat.Messages(user).LastOrDefault(m => m.FromBot && m.InlineButtons.Any(b => b.CallbackData?.StartsWith("bk:move:", StringComparison.Ordinal) == true));
    }
}
