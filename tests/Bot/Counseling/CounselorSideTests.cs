using Microsoft.EntityFrameworkCore;
using RahZendegi.Bot.Counseling;
using RahZendegi.Bot.Feedback;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Demo;
using RahZendegi.Domain.Persian;
using RahZendegi.Tests.Support;
using static RahZendegi.Tests.Bot.Counseling.CounselingChat;

namespace RahZendegi.Tests.Bot.Counseling;

/// <summary>
/// The counsellor's side in the sandbox: the demo counsellor is user 9001 on every bot, is told of each booking and
/// cancellation, sees their own agenda, closes a session with one tap, and tells the day's clients of a delay or a day off.
/// </summary>
public sealed class CounselorSideTests : IAsyncLifetime
{
    private const long CounselorUser = 9001;

    private BotTestHost host = null!;
    private ChatScript counselor = null!;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync(h =>
        {
            h.Settings["Demo:Seed"] = "true";
            h.AddBaleBot();
        });
        counselor = new ChatScript(host.Chat, CounselorUser);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task DemoSeed_User9001_IsTheDemoCounselorOnEveryBot()
    {
        var onTelegram = await counselor.SayAsync(CounselorTexts.Command);
        var onBale = await new ChatScript(host.BaleChat, CounselorUser).SayAsync(CounselorTexts.Command);

        Assert.Equal(CounselorTexts.MenuPrompt(DemoData.CounselorName), onTelegram.Text);
        Assert.Equal(CounselorTexts.MenuPrompt(DemoData.CounselorName), onBale.Text);
        Assert.Contains(onTelegram.ReplyButtons, b => b.Text == CounselorTexts.Delay);
        var client = await new ChatScript(host.Chat, host.Sandbox.Emulator.AddUser().Id).SayAsync(CounselorTexts.Command);
        Assert.StartsWith("این بخش برای مشاوران است", client.Text);
    }

    [Fact]
    public async Task ClientBooksAndCancels_CounselorIsToldEachTime_WithoutTheTopicOnTheFirstLine()
    {
        var client = new ChatScript(host.Chat, host.Sandbox.Emulator.AddUser().Id);
        await ReachSummaryAsync(client);
        await client.SayAsync(CounselingTexts.ConfirmButton);

        var booked = await counselor.NextAsync();
        var lines = booked.Text!.Split('\n');
        Assert.StartsWith("نوبت تازه:", lines[0]);
        Assert.Contains(Library, lines[0]);
        Assert.DoesNotContain(Family, lines[0]);
        Assert.Contains($"موضوع: {Family}", booked.Text);
        // The other bot's account of the same counsellor is told too.
        Assert.StartsWith("نوبت تازه:", (await host.BaleChat.WaitForBotMessageAsync(CounselorUser)).Text);

        var card = await client.SayAsync("نوبت‌های من");
        await client.NextAsync();
        host.Chat.PressButton(client.UserId, card.MessageId, card.InlineButtons.Single(b => b.Text == "لغو نوبت").CallbackData!);
        var question = await client.NextAsync();
        host.Chat.PressButton(client.UserId, question.MessageId, question.InlineButtons.Single(b => b.Text == "بله، نوبت لغو شود").CallbackData!);
        await client.NextAsync();

        Assert.StartsWith("نوبت لغو شد:", (await counselor.NextAsync()).Text);
    }

    [Fact]
    public async Task Agenda_ShowsOwnSessionsWithFirstNamesOnly_AndHeldAsksTheClientForARating()
    {
        var client = host.Sandbox.Emulator.AddUser().Id;
        var startedAt = StartedMinutesAgo();
        var (mine, _) = await AddSessionsAsync(client, startedAt);

        await counselor.SayAsync(CounselorTexts.Command);
        var card = await counselor.SayAsync(CounselorTexts.Today);
        var count = await counselor.NextAsync();

        Assert.Contains("مراجع: زهرا", card.Text);
        Assert.DoesNotContain("محمدی", card.Text);
        Assert.Contains($"موضوع: {Family}", card.Text);
        Assert.Contains("پرداخت نشده", card.Text);
        // One: the other counsellor's session at the same hour is not theirs to see.
        Assert.StartsWith(CounselorTexts.SessionsCount(CounselorTexts.TodayLabel, 1), count.Text);

        host.Chat.PressButton(CounselorUser, card.MessageId, card.InlineButtons.Single(b => b.Text == CounselorTexts.HeldButton).CallbackData!);
        Assert.Equal(CounselorTexts.MarkedHeld, (await counselor.NextAsync()).Text);
        Assert.Equal(CounselorTexts.MenuPrompt(DemoData.CounselorName), (await counselor.NextAsync()).Text);

        var ask = await host.Chat.WaitForBotMessageAsync(client);
        Assert.StartsWith("نظر شما دربارهٔ جلسهٔ", ask.Text);
        Assert.Equal(["۱", "۲", "۳", "۴", "۵"], ask.InlineButtons.Select(b => b.Text));
        host.Chat.PressButton(client, ask.MessageId, ask.InlineButtons.Single(b => b.Text == "۴").CallbackData!);
        var rater = new ChatScript(host.Chat, client);
        Assert.Equal(FeedbackTexts.AskComment, (await rater.NextAsync()).Text);
        Assert.Equal(FeedbackTexts.Thanks, (await rater.SayAsync("خیلی خوب بود")).Text);

        await using var db = host.Database.NewContext();
        Assert.Equal(BookingStatus.Attended, (await db.Bookings.SingleAsync(b => b.Id == mine)).Status);
        var feedback = await db.Feedback.SingleAsync();
        Assert.Equal((4, "خیلی خوب بود"), (feedback.Rating!.Value, feedback.Comment!));
        Assert.Contains(CounselorTexts.Ratings("۴٫۰", 1), (await counselor.SayAsync(CounselorTexts.MyRatings)).Text);
    }

    [Fact]
    public async Task Delay_TellsEachClientStillToComeToday()
    {
        var (first, second) = (host.Sandbox.Emulator.AddUser().Id, host.Sandbox.Emulator.AddUser().Id);
        await AddLaterTodayAsync(first, second);

        await counselor.SayAsync(CounselorTexts.Command);
        Assert.Equal(CounselorTexts.AskDelay, (await counselor.SayAsync(CounselorTexts.Delay)).Text);
        Assert.Equal(CounselorTexts.DelayTold(2), (await counselor.SayAsync("۳۰ دقیقه")).Text);

        foreach (var client in new[] { first, second })
        {
            var notice = await host.Chat.WaitForBotMessageAsync(client);
            Assert.Contains("حدود ۳۰ دقیقه دیرتر آغاز می‌شود", notice.Text);
            Assert.DoesNotContain(Family, notice.Text);
        }
    }

    [Fact]
    public async Task DayOff_AsksFirst_CancelsTheDay_TellsEachClientAndOffersNewTimes()
    {
        var (first, second) = (host.Sandbox.Emulator.AddUser().Id, host.Sandbox.Emulator.AddUser().Id);
        await AddLaterTodayAsync(first, second);

        await counselor.SayAsync(CounselorTexts.Command);
        Assert.Equal(CounselorTexts.AskDayOffReason, (await counselor.SayAsync(CounselorTexts.DayOff)).Text);
        var confirm = await counselor.SayAsync("بیماری");
        Assert.StartsWith("آیا مطمئن هستید؟", confirm.Text);
        Assert.Contains("۲ نوبت", confirm.Text);
        Assert.Equal(CounselorTexts.DayOffDone(2), (await counselor.SayAsync(CounselorTexts.DayOffConfirmButton)).Text);

        foreach (var client in new[] { first, second })
        {
            var notice = await host.Chat.WaitForBotMessageAsync(client);
            Assert.Contains("دلیل: بیماری", notice.Text);
            host.Chat.PressButton(client, notice.MessageId, notice.InlineButtons.Single(b => b.Text == "انتخاب زمان دیگر").CallbackData!);
            var days = await new ChatScript(host.Chat, client).NextAsync();
            Assert.Equal(CounselingTexts.AskDay, days.Text);
            Assert.Contains(days.ReplyButtons, b => b.Text is not ("بازگشت" or "لغو"));
        }

        await using var db = host.Database.NewContext();
        Assert.All(await db.Bookings.ToListAsync(), b => Assert.Equal(BookingStatus.CancelledByStaff, b.Status));
        Assert.Single(await db.CounselorLeaves.ToListAsync());
    }

    /// <summary>A moment today that has passed: a few minutes ago, or just after midnight in Tehran when the day is that young.</summary>
    private static DateTime StartedMinutesAgo()
    {
        var now = DateTime.UtcNow;
        var midnight = JalaliDate.FromUtc(now).ToUtc(TimeOnly.MinValue).Utc!.Value;
        return now - TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(10).Ticks, (now - midnight).Ticks / 2));
    }

    /// <summary>One session of the demo counsellor with a member «زهرا محمدی», and one of another counsellor at the same time.</summary>
    private async Task<(int Mine, int Others)> AddSessionsAsync(long client, DateTime startsAt)
    {
        await using var db = host.Database.NewContext();
        var demo = await db.Counselors.SingleAsync(c => c.FullName == DemoData.CounselorName);
        var other = await db.Counselors.FirstAsync(c => c.Id != demo.Id);
        db.Members.Add(Seed.Member(1, client));
        var mine = Session(client, demo.Id, startsAt, "8100001");
        var others = Session(client + 1000, other.Id, startsAt, "8100002");
        db.Bookings.AddRange(mine, others);
        await db.SaveChangesAsync();
        return (mine.Id, others.Id);
    }

    /// <summary>Two of the demo counsellor's sessions later today, one for each client.</summary>
    private async Task AddLaterTodayAsync(long first, long second)
    {
        var now = DateTime.UtcNow;
        var midnight = JalaliDate.FromUtc(now).AddDays(1).ToUtc(TimeOnly.MinValue).Utc!.Value;
        var step = (midnight - now) / 3;
        await using var db = host.Database.NewContext();
        var demo = await db.Counselors.SingleAsync(c => c.FullName == DemoData.CounselorName);
        db.Bookings.AddRange(Session(first, demo.Id, now + step, "8200001"), Session(second, demo.Id, now + step * 2, "8200002"));
        await db.SaveChangesAsync();
    }

    private static Booking Session(long user, int counselorId, DateTime startsAt, string code) => new()
    {
        TrackingCode = code, BotName = BotTestHost.BotName, UserId = user, ChatId = user, CounselorId = counselorId, LibraryId = 1,
        Topic = CounselingTopic.Family, StartsAt = startsAt, EndsAt = startsAt.AddMinutes(45), Status = BookingStatus.Confirmed,
        BaseRials = 2_000_000, ToPayRials = 2_000_000, CreatedAt = startsAt.AddDays(-2),
    };
}
