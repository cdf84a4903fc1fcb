using OpenQA.Selenium;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Reports;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin;

public sealed partial class PanelBrowserTests
{
    // For each chart canvas: how many values its Chart.js instance holds, or -1 when none was drawn on it.
    private const string DrawnValues =
        "return Array.from(document.querySelectorAll('canvas[data-chart-canvas]')).map(function (c) {" +
        " var chart = Chart.getChart(c); return chart && c.width > 0 ? chart.data.datasets.reduce(function (n, d) { return n + d.data.length; }, 0) : -1; });";

    [Fact]
    public async Task DashboardAndReport_WithSessionsAndCommitteePayments_DrawTheirChartsRightToLeftInPersian()
    {
        using var session = await PanelSession.StartListeningAsync();
        await session.AddStaffAsync("ostan", "ProvincialAdmin");
        await AddPastSessionsAndCommitteePaymentsAsync(session);
        using var browser = session.BrowserSignedInAs(chromium, "ostan");

        browser.Open("/");
        ShowCharts(browser);
        browser.Screenshot("13-dashboard-charts");
        var drawn = Drawn(browser);
        Assert.Equal(3, drawn.Count);
        Assert.All(drawn, values => Assert.True(values > 0, "a dashboard chart was not drawn"));
        Assert.Contains("visually-hidden", browser.Driver.FindElement(By.CssSelector("[data-chart-table=attendance]")).GetAttribute("class"));
        var tick = (string?)((IJavaScriptExecutor)browser.Driver).ExecuteScript(
            "var c = Chart.getChart(document.querySelector('[data-chart-canvas=attendance]')); return c.scales.y.ticks[1].label;") ?? "";
        Assert.Matches("^[۰-۹]+$", tick);

        var (from, to) = (JalaliMonth.Of(DateTime.UtcNow.AddDays(-40)), JalaliMonth.Of(DateTime.UtcNow));
        browser.Open($"/Reports?From={Uri.EscapeDataString(from.FormatShort())}&To={Uri.EscapeDataString(to.FormatShort())}");
        ShowCharts(browser);
        browser.Screenshot("14-report-chart");
        Assert.True(Assert.Single(Drawn(browser)) >= 2, "the committee's chart was not drawn for both months");
    }

    private static void ShowCharts(PanelBrowser browser) =>
        ((IJavaScriptExecutor)browser.Driver).ExecuteScript(
            "document.querySelector('[data-chart-figure]').scrollIntoView({block: 'start', behavior: 'instant'});");

    private static List<long> Drawn(PanelBrowser browser) =>
        [.. ((IReadOnlyCollection<object>)((IJavaScriptExecutor)browser.Driver).ExecuteScript(DrawnValues)!).Select(Convert.ToInt64)];

    // Attended and missed sessions at the central library in the last three weeks, and the committee's waivers for them.
    private static async Task AddPastSessionsAndCommitteePaymentsAsync(PanelSession session)
    {
        await using var db = session.Database.NewContext();
        var plan = db.WeeklyPlanEntries.First(e => e.LibraryId == 1);
        var n = 0;
        foreach (var (daysAgo, status) in new[] { (3, BookingStatus.Attended), (8, BookingStatus.Attended), (9, BookingStatus.NoShow), (15, BookingStatus.Attended), (16, BookingStatus.Attended), (17, BookingStatus.NoShow), (40, BookingStatus.Attended) })
        {
            var startsAt = JalaliDate.FromUtc(DateTime.UtcNow).AddDays(-daysAgo).ToUtc(new TimeOnly(9, 0)).Utc!.Value;
            var booking = new Booking
            {
                TrackingCode = $"{5_100_000 + ++n}", BotName = "telegram", UserId = 500 + n, ChatId = 500 + n, CounselorId = plan.CounselorId, LibraryId = 1,
                Topic = CounselingTopic.Family, StartsAt = startsAt, EndsAt = startsAt.AddMinutes(45), Status = status,
                BaseRials = 2_000_000, DiscountRials = 2_000_000, CreatedAt = startsAt.AddDays(-2),
            };
            db.Bookings.Add(booking);
            await db.SaveChangesAsync();
            db.Payments.Add(new Payment
            {
                For = PaymentFor.Booking, BookingId = booking.Id, LibraryId = 1, Category = MemberCategory.CommitteeClient, Status = PaymentStatus.Waived,
                Method = PaymentMethod.Committee, ListRials = 2_000_000, DueRials = 0, ServiceAt = startsAt, CreatedAt = startsAt.AddDays(-2),
            });
            await db.SaveChangesAsync();
        }
    }
}
