using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Messaging;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Counseling;

public sealed class ScheduleChangesOnSqliteTests() : ScheduleChangesTests(DatabaseProvider.Sqlite);

// The code under test has no provider-specific branch: the full suite runs this twin, the fast loop leaves it out.
[Trait("Category", "Slow")]
public sealed class ScheduleChangesOnPostgresTests() : ScheduleChangesTests(DatabaseProvider.Postgres);

public abstract class ScheduleChangesTests(DatabaseProvider provider) : IAsyncLifetime
{
    // Saturday 28 Azar 1405, 08:00 in Tehran: two days later is a Monday, seven days later a Saturday.
    private static readonly DateTime Now = new(2026, 12, 19, 4, 30, 0, DateTimeKind.Utc);

    private DomainServices services = null!;
    private AppDbContext db = null!;
    private Counselor counselor = null!;
    private Library library = null!;

    public async Task InitializeAsync()
    {
        services = await DomainServices.StartAsync(new FakeTimeProvider(Now), provider);
        db = services.Db;
        (library, counselor) = await Seed.CounselingAsync(db, "دهلران", (DayOfWeek.Saturday, 9, 13), (DayOfWeek.Monday, 9, 13));
    }

    public Task DisposeAsync() => services.DisposeAsync().AsTask();

    /// <summary>A booking at 10:00 Tehran time, the given number of days from today.</summary>
    private async Task<int> BookAsync(int daysFromNow, string code)
    {
        var starts = Now.Date.AddDays(daysFromNow).AddHours(6.5);
        var booking = new Booking
        {
            TrackingCode = code, BotName = "test", UserId = 5, ChatId = 5, CounselorId = counselor.Id, LibraryId = library.Id,
            Topic = CounselingTopic.Family, StartsAt = starts, EndsAt = starts.AddMinutes(45), Status = BookingStatus.Confirmed, CreatedAt = Now,
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking.Id;
    }

    private ScheduleChanges Changes() => services.Scope.Get<ScheduleChanges>();

    [Fact]
    public async Task Broken_AfterMondayIsDroppedFromThePlan_ListsOnlyTheMondayBooking()
    {
        var saturday = await BookAsync(7, "1000001");
        var monday = await BookAsync(2, "1000002");
        counselor.WeeklyPlan.RemoveAll(e => e.Day == DayOfWeek.Monday);
        await db.SaveChangesAsync();

        var broken = await Changes().BrokenBookingsAsync(counselor.Id, CancellationToken.None);

        Assert.Equal([monday], broken.Select(b => b.Id));
        Assert.DoesNotContain(saturday, broken.Select(b => b.Id));
    }

    [Fact]
    public async Task Broken_AfterALeaveAndAClosure_ListsTheBookingsTheyCover()
    {
        var onLeave = await BookAsync(2, "1000003");
        var closed = await BookAsync(7, "1000004");
        var fine = await BookAsync(9, "1000005");
        db.CounselorLeaves.Add(new CounselorLeave { CounselorId = counselor.Id, StartsAt = Now.AddDays(2), EndsAt = Now.AddDays(3) });
        db.LibraryClosures.Add(new LibraryClosure { LibraryId = library.Id, StartsAt = Now.AddDays(7), EndsAt = Now.AddDays(7).AddHours(5) });
        await db.SaveChangesAsync();

        var broken = await Changes().BrokenBookingsAsync(counselor.Id, CancellationToken.None);

        Assert.Equal([onLeave, closed], broken.Select(b => b.Id));
        Assert.DoesNotContain(fine, broken.Select(b => b.Id));
    }

    [Fact]
    public async Task BrokenByClosure_AClosureOverOneSession_ListsThatOneWithItsCounselor()
    {
        var closed = await BookAsync(7, "1000007");
        await BookAsync(9, "1000008");
        db.LibraryClosures.Add(new LibraryClosure { LibraryId = library.Id, StartsAt = Now.AddDays(7), EndsAt = Now.AddDays(7).AddHours(5) });
        await db.SaveChangesAsync();

        var broken = await Changes().BrokenByClosureAsync(library.Id, CancellationToken.None);

        Assert.Equal([(closed, counselor.FullName)], broken.Select(b => (b.Id, b.Counselor!.FullName)));
        Assert.Contains(closed, (await Changes().BrokenBookingsAsync(counselor.Id, CancellationToken.None)).Select(b => b.Id));
    }

    [Fact]
    public async Task BrokenByClosure_NoClosure_ListsNothing()
    {
        await BookAsync(7, "1000009");

        Assert.Empty(await Changes().BrokenByClosureAsync(library.Id, CancellationToken.None));
    }

    [Fact]
    public async Task CancelAndOffer_OnStaffConfirmation_CancelsAndTellsEachPerson()
    {
        var monday = await BookAsync(2, "1000006");

        Assert.Equal(1, await Changes().CancelAndOfferAnotherTimeAsync([monday], "تغییر برنامهٔ مشاور", CancellationToken.None));
        await db.SaveChangesAsync();

        db.ChangeTracker.Clear();
        Assert.Equal(BookingStatus.CancelledByStaff, (await db.Bookings.SingleAsync()).Status);
        var notice = (OutgoingText)Outgoing.Deserialize((await db.OutboxMessages.SingleAsync()).Payload);
        Assert.Contains("دلیل: تغییر برنامهٔ مشاور", notice.Text);
        Assert.Equal(CounselingNotices.RebookButton, notice.Keyboard!.Rows.Single().Single().Text);
    }
}
