using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Tests.Admin;

public sealed class DashboardTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Dashboard_ForALibraryOperator_CountsTodaysSessionsPerLibraryAndCounselorLoadInTheirLibraryOnly(DatabaseProvider provider)
    {
        using var panel = await PanelSession.StartAsync(provider: provider);
        await panel.AddStaffAsync("kargozar", "LibraryOperator", 1);
        string libraryOne, libraryTwo, counselor;
        await using (var db = panel.Database.NewContext())
        {
            libraryOne = db.Libraries.Single(l => l.Id == 1).Name;
            libraryTwo = db.Libraries.Single(l => l.Id == 2).Name;
            var plan = db.WeeklyPlanEntries.First(e => e.LibraryId == 1);
            counselor = db.Counselors.Single(c => c.Id == plan.CounselorId).FullName;
            var today = JalaliDate.FromUtc(DateTime.UtcNow).ToUtc(new TimeOnly(10, 0)).Utc!.Value;
            db.Bookings.Add(new Booking
            {
                TrackingCode = "4444444", BotName = "telegram", UserId = 9, ChatId = 9, CounselorId = plan.CounselorId, LibraryId = 1,
                Topic = CounselingTopic.Family, StartsAt = today, EndsAt = today.AddMinutes(45), Status = BookingStatus.Confirmed,
                CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        using var http = await panel.SignInAsync("kargozar");
        var page = await http.GetStringAsync("/");

        Assert.Contains($"<tr><td>{libraryOne}</td><td>۱</td><td>۱</td></tr>", page);
        Assert.DoesNotContain(libraryTwo, page);
        Assert.Contains(counselor, page);
    }
}
