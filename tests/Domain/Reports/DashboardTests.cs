using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Reports;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Reports;

/// <summary>The dashboard's arithmetic: which bookings count as sessions and visits, and a counsellor's load against the plan.</summary>
public sealed class DashboardTests
{
    // Saturday 28 Azar 1405, 08:00 in Tehran; 20:00 Tehran is 16:30 UTC.
    private static readonly DateTime Now = new(2026, 12, 19, 4, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime Evening = new(2026, 12, 19, 16, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Build_AnEveningRangeToMidnight_WeighsItsSessionAgainstFourHoursAndCountsOnlyWhatCounts()
    {
        await using var services = await DomainServices.StartAsync(new FakeTimeProvider(Now));
        await using (var db = services.Database.NewContext())
        {
            var (library, counselor) = await Seed.CounselingAsync(db, "دهلران", (DayOfWeek.Saturday, 20, 24));
            Booking At(int hour, BookingStatus status, string code) => new()
            {
                TrackingCode = code, BotName = "test", UserId = hour, ChatId = hour, CounselorId = counselor.Id, LibraryId = library.Id,
                Topic = CounselingTopic.Family, StartsAt = Evening.AddHours(hour), EndsAt = Evening.AddHours(hour).AddMinutes(45), Status = status,
                CreatedAt = Now,
            };
            db.Bookings.AddRange(At(0, BookingStatus.Confirmed, "2000001"), At(1, BookingStatus.CancelledByUser, "2000002"),
                At(2, BookingStatus.Held, "2000003"));
            await db.SaveChangesAsync();
        }

        var figures = await services.InScopeAsync<Dashboard, DashboardFigures>(d => d.BuildAsync(null, default));

        Assert.Equal((1, 1), (figures.SessionsToday, figures.SessionsThisWeek));
        Assert.Equal(new LibraryDay("کتابخانه عمومی دهلران", 1, 1), Assert.Single(figures.PerLibrary));
        var load = Assert.Single(figures.Utilisation);
        Assert.Equal((1, 45, 240, 19), (load.Sessions, load.BookedMinutes, load.PlannedMinutes, load.Percent));
        Assert.Equal(2, figures.VisitsBookedThisMonth);
    }
}
