using System.Text.Json;
using System.Text.RegularExpressions;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Tests.Admin;

public sealed partial class DashboardTests
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
            var counselorId = await AddSessionTodayInLibraryOneAsync(db, "4444444", BookingStatus.Confirmed);
            counselor = db.Counselors.Single(c => c.Id == counselorId).FullName;
        }

        using var http = await panel.SignInAsync("kargozar");
        var page = await http.GetStringAsync("/");

        Assert.Contains($"<tr><td>{libraryOne}</td><td>۱</td><td>۱</td></tr>", page);
        Assert.DoesNotContain(libraryTwo, page);
        Assert.Contains(counselor, page);
    }

    [Fact]
    public async Task Dashboard_ASessionThisWeek_EmbedsTheWeeklyChartAsJsonWithPersianLabelsAndATableBeside()
    {
        using var panel = await PanelSession.StartAsync();
        await panel.AddStaffAsync("kargozar", "LibraryOperator", 1);
        string library;
        await using (var db = panel.Database.NewContext())
        {
            library = db.Libraries.Single(l => l.Id == 1).Name;
            await AddSessionTodayInLibraryOneAsync(db, "4444445", BookingStatus.Attended);
        }

        using var http = await panel.SignInAsync("kargozar");
        var page = await http.GetStringAsync("/");

        var json = ChartJson().Match(page);
        Assert.True(json.Success, "no chart JSON for the weekly sessions");
        using var chart = JsonDocument.Parse(json.Groups[1].Value);
        var labels = chart.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToList();
        Assert.Equal(8, labels.Count);
        Assert.All(labels, l => Assert.Matches("^[۰-۹]{1,2} [آ-ی]+$", l));
        var series = Assert.Single(chart.RootElement.GetProperty("series").EnumerateArray());
        Assert.Equal(library, series.GetProperty("name").GetString());
        Assert.Equal([0, 0, 0, 0, 0, 0, 1, 0], series.GetProperty("values").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Matches($"<th scope=\"row\" class=\"fw-normal\">{labels[6]}</th>\\s*<td>۱</td>", page);
        Assert.Contains("/lib/chartjs/chart.umd.min.js", page);
    }

    /// <summary>A session at 10:00 Tehran time today with a counsellor who works in library 1; returns the counsellor's id.</summary>
    private static async Task<int> AddSessionTodayInLibraryOneAsync(AppDbContext db, string trackingCode, BookingStatus status)
    {
        var plan = db.WeeklyPlanEntries.First(e => e.LibraryId == 1);
        var today = JalaliDate.FromUtc(DateTime.UtcNow).ToUtc(new TimeOnly(10, 0)).Utc!.Value;
        db.Bookings.Add(new Booking
        {
            TrackingCode = trackingCode, BotName = "telegram", UserId = 9, ChatId = 9, CounselorId = plan.CounselorId, LibraryId = 1,
            Topic = CounselingTopic.Family, StartsAt = today, EndsAt = today.AddMinutes(45), Status = status,
            CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return plan.CounselorId;
    }

    [GeneratedRegex("<script type=\"application/json\" data-chart=\"sessions-per-library\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ChartJson();
}
