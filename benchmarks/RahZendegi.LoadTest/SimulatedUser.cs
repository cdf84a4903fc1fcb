using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.Counseling;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Bot.Privacy;
using RahZendegi.Bot.Membership;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Membership;

namespace RahZendegi.LoadTest;

/// <summary>
/// One person chatting with the bot in a closed loop: they send a message, wait for the bot's answer with its
/// buttons, then choose the next one. Sessions follow the real flows: the menu and help, registration,
/// browsing counselling slots and now and then booking one, browsing workshops, «my bookings».
/// </summary>
public sealed class SimulatedUser(
    SandboxBot chat, TimeProvider clock, long userId, bool registered, Random random, Measurement measurement, TimeSpan thinkTime = default)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(120);
    private static readonly HashSet<string> Navigation =
        [CommonTexts.Back, CommonTexts.Cancel, CounselingTexts.NotifyMeButton, CommonTexts.DiscountCodeButton];

    private SandboxMessage? last;

    /// <summary>Chats until <paramref name="stopping"/>; a person left mid-flow (seeded so) first answers the booking's first question.</summary>
    public async Task RunAsync(bool midBooking, CancellationToken stopping)
    {
        try
        {
            if (midBooking)
            {
                await SayAsync(CounselingTopics.All[random.Next(CounselingTopics.All.Count)].Name, stopping);
                await BrowseSlotsAsync(stopping);
            }

            while (!stopping.IsCancellationRequested)
            {
                try
                {
                    await NextSessionAsync(stopping);
                }
                catch (TimeoutException)
                {
                    // No answer: counted, and the person starts over from the menu.
                    measurement.RecordTimeout();
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The run is over.
        }
    }

    private Task NextSessionAsync(CancellationToken stopping)
    {
        var roll = random.Next(100);
        return roll switch
        {
            _ when !registered && roll < 30 => RegisterAsync(stopping),
            < 45 => BookAsync(stopping),
            < 65 => MenuAndHelpAsync(stopping),
            < 85 => WorkshopsAsync(stopping),
            _ => MyBookingsAsync(stopping),
        };
    }

    private async Task MenuAndHelpAsync(CancellationToken stopping)
    {
        await SayAsync("/start", stopping);
        await SayAsync(MainMenuTexts.Help, stopping);
        await SayAsync(CommonTexts.Back, stopping);
    }

    private async Task RegisterAsync(CancellationToken stopping)
    {
        await SayAsync(MainMenuTexts.Membership, stopping);
        if (Offers(PrivacyTexts.ConsentButton))
        {
            await SayAsync(PrivacyTexts.ConsentButton, stopping);
        }

        if (!Offers(MemberCategoryNames.Public))
        {
            registered = true;
            await SayAsync(CommonTexts.Cancel, stopping);
            return;
        }

        await SayAsync(MemberCategoryNames.Public, stopping);
        await SayAsync("کاربر آزمایشی", stopping);
        await SayAsync(NationalIds.For(userId), stopping);
        await ActAsync(() => chat.ShareContact(userId), stopping);
        for (var step = 0; step < 3 && Choices().Count > 0; step++)
        {
            await SayAsync(Pick(), stopping);
        }

        if (Offers(MembershipTexts.ConfirmButton))
        {
            await SayAsync(MembershipTexts.ConfirmButton, stopping);
            registered = true;
        }
        else
        {
            await SayAsync(CommonTexts.Cancel, stopping);
        }
    }

    private async Task BookAsync(CancellationToken stopping)
    {
        await SayAsync(MainMenuTexts.Counseling, stopping);
        await BrowseSlotsAsync(stopping);
    }

    // Topic or library, counsellor, day, time, then the summary: most people look and leave, a few book.
    private async Task BrowseSlotsAsync(CancellationToken stopping)
    {
        for (var step = 0; step < 5 && Choices().Count > 0 && !Offers(CounselingTexts.ConfirmButton); step++)
        {
            await SayAsync(Pick(), stopping);
        }

        await SayAsync(Offers(CounselingTexts.ConfirmButton) && random.Next(10) == 0 ? CounselingTexts.ConfirmButton : CommonTexts.Cancel, stopping);
    }

    private async Task WorkshopsAsync(CancellationToken stopping)
    {
        await SayAsync(MainMenuTexts.Workshops, stopping);
        for (var step = 0; step < 3 && Choices().Count > 0; step++)
        {
            await SayAsync(Pick(), stopping);
        }

        await SayAsync(CommonTexts.Cancel, stopping);
    }

    private async Task MyBookingsAsync(CancellationToken stopping)
    {
        await SayAsync(MainMenuTexts.MyBookings, stopping);
        await SayAsync(CommonTexts.Cancel, stopping);
    }

    private bool Offers(string button) => last?.ReplyButtons.Any(b => b.Text == button) == true;

    private List<string> Choices() =>
        [.. (last?.ReplyButtons ?? []).Select(b => b.Text).Where(t => !Navigation.Contains(t))];

    private string Pick()
    {
        var choices = Choices();
        return choices[random.Next(choices.Count)];
    }

    private Task SayAsync(string text, CancellationToken stopping) => ActAsync(() => chat.SendText(userId, text), stopping);

    /// <summary>
    /// One update: its latency runs from the moment it is queued to the bot's first message back; then the person
    /// reads on to the message that carries the next buttons. With a think time they first wait that long
    /// (the light-load workload), otherwise they tap at once.
    /// </summary>
    private async Task ActAsync(Func<QueuedUpdate> act, CancellationToken stopping)
    {
        if (thinkTime > TimeSpan.Zero)
        {
            // Spread over half to one and a half times the mean, so the people do not tap in step.
            await Task.Delay(thinkTime * (0.5 + random.NextDouble()), stopping);
        }

        chat.ForgetChatHistory(userId);
        var sent = clock.GetUtcNow();
        act();
        var reply = await chat.WaitForBotMessageAsync(userId, timeout: ReplyTimeout, ct: stopping);
        measurement.Record(reply.Date - sent);
        while (reply.ReplyKeyboard.Count == 0)
        {
            reply = await chat.WaitForBotMessageAsync(userId, timeout: ReplyTimeout, ct: stopping);
        }

        last = reply;
    }
}
