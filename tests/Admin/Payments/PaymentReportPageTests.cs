using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Pages.Reports;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Tests.Admin.Payments;

public sealed class PaymentReportPageTests
{
    // 15 Aban 1405, 10:00 in Tehran.
    private static readonly DateTime InAban = JalaliDate.ToUtc(1405, 8, 15, new TimeOnly(10, 0)).Utc!.Value;

    [Fact]
    public async Task Xlsx_TheMonthsReport_ItsTotalsEqualThePaymentRecords()
    {
        using var panel = await DeskPanel.StartAsync();
        await panel.Session.AddStaffAsync("ostan", "ProvincialAdmin");
        var n = 0;
        DateTime Next() => InAban.AddMinutes(45 * n++);
        foreach (var library in new[] { panel.LibraryOneId, panel.LibraryTwoId })
        {
            await panel.AddBookingPaymentAsync(library, PaymentStatus.Due, serviceAt: Next());
            await panel.AddBookingPaymentAsync(library, PaymentStatus.Paid, method: PaymentMethod.DeskCash, serviceAt: Next());
            await panel.AddBookingPaymentAsync(library, PaymentStatus.Paid, 2_000_000, 1_400_000, PaymentMethod.BaleInvoice, MemberCategory.LibraryMember, Next());
            await panel.AddBookingPaymentAsync(library, PaymentStatus.Waived, 2_000_000, 0, PaymentMethod.Committee, MemberCategory.CommitteeClient, Next());
            await panel.AddBookingPaymentAsync(library, PaymentStatus.Refunded, method: PaymentMethod.DeskCard, serviceAt: Next());
            await panel.AddBookingPaymentAsync(library, PaymentStatus.Cancelled, serviceAt: Next());
        }

        // A month before and after: outside the report.
        await panel.AddBookingPaymentAsync(panel.LibraryOneId, PaymentStatus.Paid, method: PaymentMethod.DeskCash, serviceAt: InAban.AddDays(-30));
        await panel.AddBookingPaymentAsync(panel.LibraryOneId, PaymentStatus.Paid, method: PaymentMethod.DeskCash, serviceAt: InAban.AddDays(30));
        using var http = await panel.Session.SignInAsync("ostan");

        var response = await http.GetAsync("/Reports?handler=Xlsx&From=۱۴۰۵/۰۸&To=۱۴۰۵/۰۸");

        Assert.Equal(XlsxFile.ContentType, response.Content.Headers.ContentType!.MediaType);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.True(sheet.Descendants<SheetView>().Single().RightToLeft?.Value);
        var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(ReportTexts.Header, rows[0]);
        var (lines, totals) = (rows[1..^1], rows[^1]);
        Assert.Equal(ReportTexts.Total, totals[0]);
        Assert.All(lines, l => Assert.Equal("۱۴۰۵/۰۸", l[0]));

        // The records, summed here by the report's own definitions, column by column.
        await using var db = panel.Session.Database.NewContext();
        var from = JalaliDate.ToUtc(1405, 8, 1, TimeOnly.MinValue).Utc!.Value;
        var until = JalaliDate.ToUtc(1405, 9, 1, TimeOnly.MinValue).Utc!.Value;
        var records = await db.Payments.AsNoTracking().Where(p => p.ServiceAt >= from && p.ServiceAt < until).ToListAsync();
        Assert.Equal(12, records.Count);
        var standing = records.Where(p => p.Status is not (PaymentStatus.Cancelled or PaymentStatus.Refunded)).ToList();
        long[] expected =
        [
            standing.Count,
            standing.Sum(p => p.ListRials),
            standing.Sum(p => p.DueRials),
            records.Where(p => p.Status == PaymentStatus.Paid).Sum(p => p.DueRials),
            records.Where(p => p.Status == PaymentStatus.Waived && p.Method == PaymentMethod.Committee).Sum(p => p.ListRials),
            records.Where(p => p.Status == PaymentStatus.Refunded).Sum(p => p.DueRials),
        ];
        Assert.Equal(expected, totals[4..10].Select(long.Parse));
        Assert.Equal(expected, Enumerable.Range(4, 6).Select(column => lines.Sum(l => long.Parse(l[column]))));
        Assert.Equal([8L, 16_000_000, 10_800_000, 6_800_000, 4_000_000, 4_000_000], expected);

        // The CSV carries the same totals.
        var csv = Encoding.UTF8.GetString(await http.GetByteArrayAsync("/Reports?handler=Csv&From=1405/08&To=1405/08"));
        var csvTotals = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().TrimEnd('\r').Split(',');
        Assert.Equal($"\"{ReportTexts.Total}\"", csvTotals[0]);
        Assert.Equal(expected, csvTotals[4..10].Select(long.Parse));
    }

    [Fact]
    public async Task Page_ForALibraryOperator_ShowsOnlyTheirLibraryWithTotals()
    {
        using var panel = await DeskPanel.StartAsync();
        await panel.AddBookingPaymentAsync(panel.LibraryOneId, PaymentStatus.Paid, method: PaymentMethod.DeskCash, serviceAt: InAban);
        await panel.AddBookingPaymentAsync(panel.LibraryTwoId, PaymentStatus.Paid, method: PaymentMethod.DeskCash, serviceAt: InAban.AddHours(1));
        using var http = await panel.OperatorAsync();

        var page = await http.GetStringAsync("/Reports?From=1405/08&To=1405/08");

        Assert.Contains("کتابخانه مرکزی ایلام", page);
        Assert.DoesNotContain("کتابخانه عمومی مهران", page);
        Assert.Contains("آبان ۱۴۰۵", page);
        Assert.Contains("data-row=\"totals\"", page);
        Assert.Contains("href=\"?handler=Xlsx&amp;From=1405%2F08&amp;To=1405%2F08\"", page);
    }
}
