using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Reports;

namespace RahZendegi.Admin.Pages;

/// <summary>The dashboard's pictures, from the domain's trends; every figure as the domain counted it.</summary>
public static class DashboardCharts
{
    public static IReadOnlyList<Chart> From(TrendFigures trends) =>
    [
        new("sessions-per-library", DashboardTexts.SessionsPerLibraryChart, [.. trends.Weeks.Select(w => w.Format())],
            [.. trends.SessionsPerLibrary.Select(l => new ChartSeries(l.Library, [.. l.Sessions.Select(c => (long)c)]))]),
        new("attendance", DashboardTexts.AttendanceChart, [.. trends.Attendance.Select(a => a.Week.Format())],
            [
                new(DashboardTexts.Attended, [.. trends.Attendance.Select(a => (long)a.Attended)]),
                new(DashboardTexts.NoShow, [.. trends.Attendance.Select(a => (long)a.NoShow)]),
                new(DashboardTexts.NoShowRate, [.. trends.Attendance.Select(a => (long)a.NoShowPercent)], ChartUnit.Percent, Line: true),
            ],
            Stacked: true),
        new("workshop-fill", DashboardTexts.WorkshopFillChart,
            [.. trends.Workshops.Select(w => DashboardTexts.WorkshopLabel(w.Title, JalaliDate.FromUtc(w.StartsAt)))],
            [new(DashboardTexts.SeatsTaken, [.. trends.Workshops.Select(w => (long)w.Percent)], ChartUnit.Percent)],
            Horizontal: true, ShowZeros: true),
    ];
}
