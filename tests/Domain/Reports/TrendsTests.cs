using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Reports;
using RahZendegi.Domain.Workshops;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Reports;

/// <summary>The dashboard's pictures: sessions by Iranian week and library, attendance, and workshop fill.</summary>
public sealed class TrendsTests
{
    // Thursday 3 Dey 1405, 10:00 in Tehran: the week began on Saturday 28 Azar.
    private static readonly DateTime Now = new(2026, 12, 24, 6, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Week_FridayNightAndSaturdayMorningInTehran_FallInTwoWeeksNamedByTheirSaturday()
    {
        var fridayNight = JalaliDate.ToUtc(1405, 10, 4, new TimeOnly(23, 30)).Utc!.Value;
        var saturdayMorning = JalaliDate.ToUtc(1405, 10, 5, new TimeOnly(0, 15)).Utc!.Value;

        Assert.Equal("۲۸ آذر", JalaliWeek.Of(fridayNight).Format());
        Assert.Equal("۵ دی", JalaliWeek.Of(saturdayMorning).Format());
        Assert.Equal(JalaliWeek.Of(fridayNight).Next, JalaliWeek.Of(saturdayMorning));
    }

    [Fact]
    public async Task Build_SessionsInSeveralWeeks_CountsEachWeekPerLibraryAndTheNoShowRate()
    {
        await using var services = await DomainServices.StartAsync(new FakeTimeProvider(Now));
        await using (var db = services.Database.NewContext())
        {
            var (library, counselor) = await Seed.CounselingAsync(db, "مهران", (DayOfWeek.Saturday, 8, 12));
            var n = 0;
            Booking At(int jalaliMonth, int day, BookingStatus status) => new()
            {
                TrackingCode = $"{3000000 + ++n}", BotName = "test", UserId = n, ChatId = n, CounselorId = counselor.Id, LibraryId = library.Id,
                Topic = CounselingTopic.Family, StartsAt = JalaliDate.ToUtc(1405, jalaliMonth, day, new TimeOnly(9, 0)).Utc!.Value,
                EndsAt = JalaliDate.ToUtc(1405, jalaliMonth, day, new TimeOnly(9, 45)).Utc!.Value, Status = status, CreatedAt = Now.AddDays(-60),
            };
            db.Bookings.AddRange(
                At(9, 22, BookingStatus.Attended), At(9, 23, BookingStatus.Attended), At(9, 24, BookingStatus.Attended), At(9, 25, BookingStatus.NoShow),
                At(9, 26, BookingStatus.CancelledByUser), At(10, 1, BookingStatus.Attended), At(10, 8, BookingStatus.Confirmed));
            await db.SaveChangesAsync();
        }

        var trends = await services.InScopeAsync<Trends, TrendFigures>(t => t.BuildAsync(null, default));

        Assert.Equal(["۱۶ آبان", "۲۳ آبان", "۳۰ آبان", "۷ آذر", "۱۴ آذر", "۲۱ آذر", "۲۸ آذر", "۵ دی"], trends.Weeks.Select(w => w.Format()));
        var weeks = Assert.Single(trends.SessionsPerLibrary);
        Assert.Equal("کتابخانه عمومی مهران", weeks.Library);
        Assert.Equal([0, 0, 0, 0, 0, 4, 1, 1], weeks.Sessions);
        Assert.Equal(7, trends.Attendance.Count);
        Assert.Equal((3, 1, 25), (trends.Attendance[5].Attended, trends.Attendance[5].NoShow, trends.Attendance[5].NoShowPercent));
        Assert.Equal((1, 0, 0), (trends.Attendance[6].Attended, trends.Attendance[6].NoShow, trends.Attendance[6].NoShowPercent));
    }

    [Fact]
    public async Task Build_WorkshopsAroundToday_GivesTheSeatsTakenOverCapacityAndLeavesOutCancelledAndFarOnes()
    {
        await using var services = await DomainServices.StartAsync(new FakeTimeProvider(Now));
        await using (var db = services.Database.NewContext())
        {
            var library = Seed.Library("ایوان");
            db.Libraries.Add(library);
            await db.SaveChangesAsync();
            Workshop At(string title, int days, WorkshopStatus status = WorkshopStatus.Published)
            {
                var workshop = new Workshop
                {
                    Title = title, Kind = WorkshopKind.Other, LibraryId = library.Id, Capacity = 8, SignUpDeadline = Now.AddDays(days - 1), Status = status,
                };
                workshop.Schedule([(Now.AddDays(days), Now.AddDays(days).AddHours(2))]);
                return workshop;
            }

            var soon = At("کارگاه فرزندپروری", 5);
            db.Workshops.AddRange(soon, At("کارگاه لغوشده", 6, WorkshopStatus.Cancelled), At("کارگاه دور", 45));
            await db.SaveChangesAsync();
            db.WorkshopRegistrations.AddRange(Enumerable.Range(1, 3).Select(seat => new WorkshopRegistration
            {
                WorkshopId = soon.Id, BotName = "test", UserId = seat, ChatId = seat, Status = RegistrationStatus.Confirmed, Seat = seat, CreatedAt = Now,
            }).Append(new WorkshopRegistration
            {
                WorkshopId = soon.Id, BotName = "test", UserId = 9, ChatId = 9, Status = RegistrationStatus.Cancelled, CreatedAt = Now,
            }));
            await db.SaveChangesAsync();
        }

        var trends = await services.InScopeAsync<Trends, TrendFigures>(t => t.BuildAsync(null, default));

        var fill = Assert.Single(trends.Workshops);
        Assert.Equal(("کارگاه فرزندپروری", 3, 8, 38), (fill.Title, fill.Taken, fill.Capacity, fill.Percent));
    }
}
