using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Reports;

namespace RahZendegi.Admin.Pages.Reports;

/// <summary>The charity's report from the payment records, on the page, as CSV and as an Excel workbook.</summary>
public class IndexModel(PaymentReport report, StaffScope scope, TimeProvider time) : PageModel
{
    /// <summary>The first Jalali month, «۱۴۰۵/۰۹»; this month when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>The last Jalali month, included; the first when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public PaymentReportResult? Report { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Report = await BuildAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        await BuildAsync(cancellationToken) is { } built
            ? CsvFile.Create($"payments-{FileMonths}.csv", ReportTexts.Header, Cells(built))
            : Page();

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken) =>
        await BuildAsync(cancellationToken) is { } built
            ? XlsxFile.Create($"payments-{FileMonths}.xlsx", ReportTexts.SheetName, ReportTexts.Header, Cells(built))
            : Page();

    private JalaliMonth FromMonth { get; set; }

    private JalaliMonth ToMonth { get; set; }

    private string FileMonths => FromMonth == ToMonth ? $"{FromMonth.Year}-{FromMonth.Month:D2}"
        : $"{FromMonth.Year}-{FromMonth.Month:D2}-to-{ToMonth.Year}-{ToMonth.Month:D2}";

    /// <summary>Amounts in Rials as plain numbers, so a spreadsheet adds them up; the last row is the totals.</summary>
    private static IEnumerable<IReadOnlyList<object?>> Cells(PaymentReportResult built) =>
        built.Lines.Select(l => (IReadOnlyList<object?>)
            [l.Month.FormatShort(), l.Library, MemberCategoryNames.Of(l.Category), ReportTexts.Service(l.Service), l.Count, l.ListRials,
                l.ChargedRials, l.PaidRials, l.CommitteeRials, l.RefundedRials, l.LibraryDiscountRials, l.OutstandingRials])
        .Append(
            [ReportTexts.Total, null, null, null, built.Totals.Count, built.Totals.ListRials, built.Totals.ChargedRials, built.Totals.PaidRials,
                built.Totals.CommitteeRials, built.Totals.RefundedRials, built.Totals.LibraryDiscountRials, built.Totals.OutstandingRials]);

    private async Task<PaymentReportResult?> BuildAsync(CancellationToken cancellationToken)
    {
        var thisMonth = JalaliMonth.Of(time.GetUtcNow().UtcDateTime);
        From = string.IsNullOrWhiteSpace(From) ? thisMonth.FormatShort() : From;
        To = string.IsNullOrWhiteSpace(To) ? From : To;
        if (!JalaliMonth.TryParse(From, out var from) || !JalaliMonth.TryParse(To, out var to))
        {
            Error = ReportTexts.BadMonth;
            return null;
        }

        if (from.CompareTo(to) > 0)
        {
            Error = ReportTexts.FromAfterTo;
            return null;
        }

        (FromMonth, ToMonth) = (from, to);
        return await report.BuildAsync(from, to, await scope.LibraryIdsAsync(cancellationToken), cancellationToken);
    }
}
