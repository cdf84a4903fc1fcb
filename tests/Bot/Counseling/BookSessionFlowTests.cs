using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RahZendegi.Bot.Counseling;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Counseling;

/// <summary>Booking, moving and cancelling counselling sessions through the sandbox chat, against demo data.</summary>
public sealed class BookSessionFlowOnSqliteTests() : BookSessionFlowTests(DatabaseProvider.Sqlite);

public sealed class BookSessionFlowOnPostgresTests() : BookSessionFlowTests(DatabaseProvider.Postgres);

public abstract class BookSessionFlowTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Family = "خانواده و ازدواج";
    private const string Library = "کتابخانه عمومی مرکزی ایلام";
    private const string Counselor = "مریم احمدی (خانم)";

    private BotTestHost host = null!;
    private ChatScript me = null!;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync(h => h.Settings["Demo:Seed"] = "true", provider);
        me = NewPerson();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private ChatScript NewPerson() => new(host.Chat, host.Sandbox.Emulator.AddUser().Id);

    /// <summary>Walks to the summary of the first free time with the chosen counsellor and returns it.</summary>
    private static async Task<SandboxMessage> ReachSummaryAsync(ChatScript person, string counselor = Counselor)
    {
        Assert.Equal(CounselingTexts.AskTopic, (await person.SayAsync("رزرو مشاوره")).Text);
        Assert.Equal(CounselingTexts.AskLibrary, (await person.SayAsync(Family)).Text);
        Assert.Equal(CounselingTexts.AskCounselor, (await person.SayAsync(Library)).Text);
        var days = await person.SayAsync(counselor);
        Assert.Equal(CounselingTexts.AskDay, days.Text);
        var times = await person.SayAsync(days.ReplyButtons.First().Text);
        Assert.Equal(CounselingTexts.AskTime, times.Text);
        return await person.SayAsync(times.ReplyButtons.First().Text);
    }

    private async Task<List<Booking>> BookingsOfAsync(ChatScript person)
    {
        await using var db = host.Database.NewContext();
        return await db.Bookings.Where(b => b.UserId == person.UserId).OrderBy(b => b.Id).ToListAsync();
    }

    [Fact]
    public async Task Book_AsPublic_ShowsFullPriceThenTrackingCode()
    {
        var summary = await ReachSummaryAsync(me);
        Assert.Contains("مشاور: مریم احمدی", summary.Text);
        Assert.Contains("مبلغ قابل پرداخت: ۲۰۰٬۰۰۰ تومان", summary.Text);

        var done = await me.SayAsync(CounselingTexts.ConfirmButton);

        var booking = Assert.Single(await BookingsOfAsync(me));
        Assert.StartsWith("نوبت شما ثبت شد", done.Text);
        Assert.Contains(RahZendegi.Domain.Persian.PersianText.ToPersianDigits(booking.TrackingCode), done.Text);
        Assert.Equal(6, done.ReplyButtons.Count());
        Assert.Equal((BookingStatus.Confirmed, 2_000_000L), (booking.Status, booking.ToPayRials));
    }

    [Fact]
    public async Task Book_AsAVerifiedLibraryMember_GetsThirtyPercentOff()
    {
        await using (var db = host.Database.NewContext())
        {
            db.Members.Add(new Member
            {
                BotName = BotTestHost.BotName, UserId = me.UserId, ChatId = me.UserId, MembershipNumber = "05123456",
                FullName = "زهرا محمدی", NationalId = "5260181591", Phone = "+989123456789", LibraryId = 1,
                Category = MemberCategory.LibraryMember, CategoryStatus = CategoryStatus.Verified,
            });
            await db.SaveChangesAsync();
        }

        var summary = await ReachSummaryAsync(me);

        Assert.Contains("تخفیف (۳۰٪): ۶۰٬۰۰۰ تومان", summary.Text);
        Assert.Contains("مبلغ قابل پرداخت: ۱۴۰٬۰۰۰ تومان", summary.Text);
    }

    [Fact]
    public async Task FirstFree_WithAMaleCounselor_OffersOnlyHisTimes()
    {
        await me.SayAsync("رزرو مشاوره");
        await me.SayAsync("شغلی و کسب‌وکار");
        await me.SayAsync(Library);
        var days = await me.SayAsync(CounselingTexts.FirstFreeMale);
        var times = await me.SayAsync(days.ReplyButtons.First().Text);

        Assert.All(times.ReplyButtons.SkipLast(2), b => Assert.EndsWith("· علی رضایی", b.Text));
    }

    [Fact]
    public async Task SameSlot_ConfirmedByFiftyPeopleAtOnce_IsBookedOnceAndTheOthersSeeFreshTimes()
    {
        var people = Enumerable.Range(0, 50).Select(_ => NewPerson()).ToList();
        foreach (var person in people)
        {
            await ReachSummaryAsync(person);
        }

        foreach (var person in people)
        {
            host.Chat.SendText(person.UserId, CounselingTexts.ConfirmButton);
        }

        var answers = await Task.WhenAll(people.Select(p => p.NextAsync()));
        Assert.Single(answers, a => a.Text!.StartsWith("نوبت شما ثبت شد", StringComparison.Ordinal));
        Assert.Equal(49, answers.Count(a => a.Text == CounselingTexts.SlotTaken));
        await using var db = host.Database.NewContext();
        Assert.Equal(1, await db.Bookings.CountAsync());
    }

    [Fact]
    public async Task Confirm_TappedTwice_BooksOnce()
    {
        await ReachSummaryAsync(me);

        host.Chat.SendText(me.UserId, CounselingTexts.ConfirmButton);
        host.Chat.SendText(me.UserId, CounselingTexts.ConfirmButton);

        Assert.StartsWith("نوبت شما ثبت شد", (await me.NextAsync()).Text);
        Assert.Equal(MainMenuTexts.NotAMenuItem, (await me.NextAsync()).Text);
        Assert.Single(await BookingsOfAsync(me));
    }

    [Fact]
    public async Task MyBookings_Cancel_FreesTheSlot()
    {
        await ReachSummaryAsync(me);
        await me.SayAsync(CounselingTexts.ConfirmButton);

        var card = await me.SayAsync("نوبت‌های من");
        Assert.Contains("کد پیگیری", card.Text);
        Assert.Equal(MainMenuTexts.MenuPrompt, (await me.NextAsync()).Text);
        host.Chat.PressButton(me.UserId, card.MessageId, card.InlineButtons.Single(b => b.Text == "لغو").CallbackData!);

        Assert.Equal(CounselingTexts.Cancelled, (await me.NextAsync()).Text);
        Assert.Equal(BookingStatus.CancelledByUser, Assert.Single(await BookingsOfAsync(me)).Status);
        Assert.Equal(CounselingTexts.NoBookings, (await me.SayAsync("نوبت‌های من")).Text);
    }

    [Fact]
    public async Task MyBookings_Move_TakesTheNewTimeAndFreesTheOld()
    {
        await ReachSummaryAsync(me);
        await me.SayAsync(CounselingTexts.ConfirmButton);
        var card = await me.SayAsync("نوبت‌های من");
        await me.NextAsync();

        host.Chat.PressButton(me.UserId, card.MessageId, card.InlineButtons.Single(b => b.Text == "تغییر زمان").CallbackData!);
        var days = await me.NextAsync();
        Assert.Equal(CounselingTexts.AskDay, days.Text);
        var times = await me.SayAsync(days.ReplyButtons.Skip(1).First().Text);
        var summary = await me.SayAsync(times.ReplyButtons.First().Text);
        Assert.StartsWith("تغییر زمان نوبت:", summary.Text);
        var done = await me.SayAsync(CounselingTexts.ConfirmMoveButton);

        Assert.StartsWith("زمان نوبت شما تغییر کرد", done.Text);
        var all = await BookingsOfAsync(me);
        Assert.Equal([BookingStatus.Rescheduled, BookingStatus.Confirmed], all.Select(b => b.Status));
        Assert.True(all[1].StartsAt > all[0].StartsAt);
        Assert.Equal(all[0].ToPayRials, all[1].ToPayRials);
    }

    [Fact]
    public async Task Book_AfterTooManyNoShows_IsRefusedPlainly()
    {
        await using (var db = host.Database.NewContext())
        {
            for (var i = 1; i <= 2; i++)
            {
                db.Bookings.Add(PastBooking(me.UserId, $"90000{i}", BookingStatus.NoShow, daysAgo: i));
            }

            await db.SaveChangesAsync();
        }

        Assert.Equal(CounselingTexts.NeedsApproval, (await me.SayAsync("رزرو مشاوره")).Text);
    }

    [Fact]
    public async Task Reminder_DueForABooking_ArrivesWithThreeButtonsAndNoTopic()
    {
        var booking = await AddBookingAsync(me.UserId, startsIn: TimeSpan.FromHours(20));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<BookingReminders>().QueueDueAsync(CancellationToken.None));
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<BookingReminders>().QueueDueAsync(CancellationToken.None));
        }

        var reminder = await me.NextAsync();
        Assert.StartsWith("یادآوری: فردا", reminder.Text);
        Assert.DoesNotContain("خانواده", reminder.Text);
        Assert.DoesNotContain("مشاور", reminder.Text);
        Assert.Equal(["می‌آیم", "تغییر زمان", "لغو"], reminder.InlineButtons.Select(b => b.Text));

        host.Chat.PressButton(me.UserId, reminder.MessageId, reminder.InlineButtons.First().CallbackData!);
        Assert.Equal(CounselingTexts.ComingThanks, (await me.NextAsync()).Text);
        await using var db = host.Database.NewContext();
        Assert.NotNull((await db.Bookings.SingleAsync(b => b.Id == booking)).ComingConfirmedAt);
    }

    [Fact]
    public async Task Cancel_LessThanTheDeadlineBefore_SaysToCallTheLibrary()
    {
        var booking = await AddBookingAsync(me.UserId, startsIn: TimeSpan.FromHours(1));
        var card = await me.SayAsync("نوبت‌های من");
        await me.NextAsync();

        host.Chat.PressButton(me.UserId, card.MessageId, card.InlineButtons.Single(b => b.Text == "لغو").CallbackData!);

        Assert.StartsWith("کمتر از ۳ ساعت به نوبت مانده", (await me.NextAsync()).Text);
        await using var db = host.Database.NewContext();
        Assert.Equal(BookingStatus.Confirmed, (await db.Bookings.SingleAsync(b => b.Id == booking)).Status);
    }

    [Fact]
    public async Task StaffCancellation_TellsTheReasonAndOffersAnotherTime()
    {
        var booking = await AddBookingAsync(me.UserId, startsIn: TimeSpan.FromDays(2));

        await host.Services.AsStaffAsync<BookingService, CancelOutcome>(s => s.CancelByStaffAsync(booking, "بیماری مشاور", CancellationToken.None));

        var notice = await me.NextAsync();
        Assert.Contains("دلیل: بیماری مشاور", notice.Text);
        host.Chat.PressButton(me.UserId, notice.MessageId, notice.InlineButtons.Single().CallbackData!);
        Assert.Equal(CounselingTexts.AskDay, (await me.NextAsync()).Text);
    }

    private static Booking PastBooking(long userId, string code, BookingStatus status, int daysAgo) => new()
    {
        TrackingCode = code, BotName = BotTestHost.BotName, UserId = userId, ChatId = userId, CounselorId = 1, LibraryId = 1,
        Topic = CounselingTopic.Family, StartsAt = DateTime.UtcNow.AddDays(-daysAgo), EndsAt = DateTime.UtcNow.AddDays(-daysAgo).AddMinutes(45),
        Status = status, CreatedAt = DateTime.UtcNow.AddDays(-daysAgo - 3),
    };

    /// <summary>A confirmed booking made three days ago, starting after the given time from now.</summary>
    private async Task<int> AddBookingAsync(long userId, TimeSpan startsIn)
    {
        await using var db = host.Database.NewContext();
        var booking = PastBooking(userId, "8000001", BookingStatus.Confirmed, daysAgo: 0);
        booking.StartsAt = DateTime.UtcNow + startsIn;
        booking.EndsAt = booking.StartsAt.AddMinutes(45);
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking.Id;
    }
}
