using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Reports;

namespace RahZendegi.Admin.Pages.Reports;

public class IndexModel(SubsidyReport report, StaffScope scope, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public IReadOnlyList<SubsidyLine> Lines { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Lines = await BuildAsync(cancellationToken) ?? [];

    /// <summary>The same report as a CSV file for Excel: UTF-8 with a byte-order mark, Persian headers.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var lines = await BuildAsync(cancellationToken);
        if (lines is null)
        {
            return Page();
        }

        return CsvFile.Create("subsidy-report.csv", ReportTexts.CsvHeader, lines.Select(line => (IReadOnlyList<object?>)
        [
            line.Library, MemberCategoryNames.Of(line.Category), line.Sessions, line.WorkshopSeats,
            line.ListPriceRials, line.ChargedRials, line.SubsidyRials, Math.Round(line.NoShowRate * 100, 1),
        ]));
    }

    private async Task<IReadOnlyList<SubsidyLine>?> BuildAsync(CancellationToken cancellationToken)
    {
        var today = JalaliDate.FromUtc(time.GetUtcNow().UtcDateTime);
        var monthStart = JalaliDate.TryCreate(today.Year, today.Month, 1, out var first) ? first : today;
        From ??= monthStart.FormatShort();
        To ??= today.FormatShort();
        if (!JalaliDate.TryParse(From, out var from) || !JalaliDate.TryParse(To, out var to))
        {
            Error = ReportTexts.BadDate;
            return null;
        }

        var (fromUtc, toUtc) = (from.ToUtc(TimeOnly.MinValue).Utc, to.AddDays(1).ToUtc(TimeOnly.MinValue).Utc);
        if (fromUtc is null || toUtc is null || fromUtc >= toUtc)
        {
            Error = ReportTexts.FromAfterTo;
            return null;
        }

        return await report.BuildAsync(fromUtc.Value, toUtc.Value, await scope.LibraryIdsAsync(cancellationToken), cancellationToken);
    }
}
