using Microsoft.EntityFrameworkCore;
using RahZendegi.Bot.Counseling;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Tests.Support;
using static RahZendegi.Tests.Bot.Counseling.CounselingChat;

namespace RahZendegi.Tests.Bot.Counseling;

/// <summary>Booking counselling sessions through the sandbox chat, against demo data.</summary>
public sealed class BookSessionFlowOnSqliteTests() : BookSessionFlowTests(DatabaseProvider.Sqlite);

// The flow has no provider-specific branch (the pipeline's are tested by UpdatePipelineOnPostgresTests): the full suite runs
// this twin, the fast loop leaves it out.
[Trait("Category", "Slow")]
public sealed class BookSessionFlowOnPostgresTests() : BookSessionFlowTests(DatabaseProvider.Postgres);

public abstract class BookSessionFlowTests(DatabaseProvider provider) : IAsyncLifetime
{
    private BotTestHost host = null!;
    private ChatScript me = null!;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync(h => h.Settings["Demo:Seed"] = "true", provider);
        me = NewPerson();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private ChatScript NewPerson() => new(host.Chat, host.Sandbox.Emulator.AddUser().Id);

    [Fact]
    public async Task Book_AsPublic_ShowsFullPriceThenTrackingCode()
    {
        var summary = await ReachSummaryAsync(me);
        Assert.Contains("مشاور: مریم احمدی", summary.Text);
        Assert.Contains("مبلغ قابل پرداخت: ۲۰۰٬۰۰۰ تومان", summary.Text);

        var done = await me.SayAsync(CounselingTexts.ConfirmButton);

        var booking = Assert.Single(await BookingsOfAsync(host, me));
        Assert.StartsWith("نوبت شما ثبت شد", done.Text);
        Assert.Contains(RahZendegi.Domain.Persian.PersianText.ToPersianDigits(booking.TrackingCode), done.Text);
        Assert.Equal(7, done.ReplyButtons.Count());
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
        await using (var db = host.Database.NewContext())
        {
            // A woman counsels on careers there too, so the library offers a gender preference.
            var library = await db.Libraries.SingleAsync(l => l.Name == Library);
            var colleague = Seed.Counselor(library.Id, (DayOfWeek.Saturday, 14, 18));
            (colleague.FullName, colleague.Gender, colleague.Specialties) = ("سارا نوری", Gender.Female, CounselingTopic.CareerAndBusiness);
            db.Counselors.Add(colleague);
            await db.SaveChangesAsync();
        }

        await me.SayAsync("رزرو مشاوره");
        await me.SayAsync("شغلی و کسب‌وکار");
        await me.SayAsync(Library);
        var days = await me.SayAsync(CounselingTexts.FirstFreeMale);
        var times = await me.SayAsync(days.ReplyButtons.First().Text);

        Assert.All(times.ReplyButtons.SkipLast(2), b => Assert.EndsWith("· علی رضایی", b.Text));
        // One time a row, each short enough for a phone.
        Assert.All(times.ReplyKeyboard.SkipLast(1), row => Assert.Single(row));
        Assert.All(times.ReplyButtons, b => Assert.True(b.Text.Length <= 30, b.Text));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task SameSlot_ConfirmedByFiftyPeopleAtOnce_IsBookedOnceAndTheOthersSeeFreshTimes()
    {
        var people = Enumerable.Range(0, 50).Select(_ => NewPerson()).ToList();
        // Each walks to the summary on their own, all at once: nothing is booked before the confirmations below.
        await Task.WhenAll(people.Select(person => ReachSummaryAsync(person)));

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
        Assert.Single(await BookingsOfAsync(host, me));
    }

    [Fact]
    public async Task Counselors_AllOfOneGender_AreOfferedWithoutAGenderChoiceThatLeadsNowhere()
    {
        await me.SayAsync("رزرو مشاوره");
        await me.SayAsync("شغلی و کسب‌وکار");
        var counselors = await me.SayAsync(Library);

        Assert.Equal(["علی رضایی (آقا)", CounselingTexts.FirstFree, "بازگشت", "لغو"], counselors.ReplyButtons.Select(b => b.Text));
    }

    [Fact]
    public async Task Topics_WithoutACounselorAnywhere_AreNotOffered()
    {
        await using (var db = host.Database.NewContext())
        {
            await db.Counselors.Where(c => c.FullName == "علی رضایی").ExecuteUpdateAsync(s => s.SetProperty(c => c.Active, false));
        }

        var topics = await me.SayAsync("رزرو مشاوره");

        Assert.DoesNotContain("شغلی و کسب‌وکار", topics.ReplyButtons.Select(b => b.Text));
        Assert.DoesNotContain("تحصیلی", topics.ReplyButtons.Select(b => b.Text));
        Assert.Contains(Family, topics.ReplyButtons.Select(b => b.Text));
    }

    [Fact]
    public async Task Counselor_WithNoFreeTime_SaysSoAndOffersNotifyMe()
    {
        await using (var db = host.Database.NewContext())
        {
            await db.Counselors.Where(c => c.FullName == "مریم احمدی").ExecuteUpdateAsync(s => s.SetProperty(c => c.SessionMinutes, 24 * 60));
        }

        await me.SayAsync("رزرو مشاوره");
        await me.SayAsync(Family);
        await me.SayAsync(Library);
        var days = await me.SayAsync(CounselingChat.Counselor);

        Assert.Equal(CounselingTexts.NoFreeDays, days.Text);
        Assert.Equal([CounselingTexts.NotifyMeButton, "بازگشت", "لغو"], days.ReplyButtons.Select(b => b.Text));
    }

    [Fact]
    public async Task Book_AfterTooManyNoShows_IsRefusedWithoutBlameAndGivesTheLibrarysPhone()
    {
        await using (var db = host.Database.NewContext())
        {
            for (var i = 1; i <= 2; i++)
            {
                db.Bookings.Add(PastBooking(me.UserId, $"90000{i}", BookingStatus.NoShow, daysAgo: i));
            }

            (await db.Libraries.SingleAsync(l => l.Id == 1)).Phone = "08432221100";
            await db.SaveChangesAsync();
        }

        var refusal = (await me.SayAsync("رزرو مشاوره")).Text!;

        Assert.StartsWith("برای گرفتن نوبت تازه، لطفاً یک بار با " + Library + " تماس بگیرید (۰۸۴۳۲۲۲۱۱۰۰)", refusal);
        Assert.DoesNotContain("حاضر نشدن", refusal);
    }

    [Fact]
    public async Task Confirm_AfterSomeoneElseTookTheTime_SaysItWasNotBookedAndOffersTheNearestFreeTime()
    {
        var other = NewPerson();
        await ReachSummaryAsync(me);
        await ReachSummaryAsync(other);
        Assert.StartsWith("نوبت شما ثبت شد", (await other.SayAsync(CounselingTexts.ConfirmButton)).Text);

        Assert.Equal(CounselingTexts.SlotTaken, (await me.SayAsync(CounselingTexts.ConfirmButton)).Text);
        var next = await me.NextAsync();

        Assert.StartsWith("نزدیک‌ترین زمان آزاد: ", next.Text);
        Assert.Contains(next.ReplyButtons.First().Text, next.Text);
        Assert.DoesNotContain("ثبت شد", next.Text);
        Assert.Empty(await BookingsOfAsync(host, me));
    }

    [Fact]
    public async Task Book_MoreThanADayAhead_PromisesTheConfiguredReminders()
    {
        await ReachSummaryAsync(me);
        var done = await me.SayAsync(CounselingTexts.ConfirmButton);
        var booking = Assert.Single(await BookingsOfAsync(host, me));

        var promise = booking.StartsAt - DateTime.UtcNow > TimeSpan.FromDays(1)
            ? "یک روز و ۲ ساعت پیش از نوبت، همین‌جا به شما یادآوری می‌کنیم."
            : "۲ ساعت پیش از نوبت، همین‌جا به شما یادآوری می‌کنیم.";
        Assert.Contains(promise, done.Text);
    }
}
