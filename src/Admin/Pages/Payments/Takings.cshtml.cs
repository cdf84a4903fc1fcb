using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Payments;

/// <summary>A library's day at the desk: what came in by method, what was handed back, and the refunds still owed.</summary>
public class TakingsModel(AppDbContext db, DeskTakings takings, PaymentLedger ledger, StaffScope scope, AuditLog audit, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? LibraryId { get; set; }

    /// <summary>A Jalali day; today in Tehran when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    public IReadOnlyList<StaffScope.LibraryOption> Libraries { get; private set; } = [];

    public string LibraryName { get; private set; } = "";

    public JalaliDate Day { get; private set; }

    public DayTakings? Takings { get; private set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Libraries = await scope.LibraryOptionsAsync(activeOnly: false, cancellationToken);
        if (Libraries.Count == 0)
        {
            Error = PaymentTexts.NoLibrary;
            return Page();
        }

        var library = Libraries.FirstOrDefault(l => l.Id == LibraryId) ?? Libraries[0];
        (LibraryId, LibraryName) = (library.Id, library.Name);

        var today = JalaliDate.FromUtc(time.GetUtcNow().UtcDateTime);
        if (string.IsNullOrWhiteSpace(Date))
        {
            Day = today;
        }
        else if (JalaliDate.TryParse(Date, out var day))
        {
            Day = day;
        }
        else
        {
            Error = PanelTexts.DateInvalid;
            return Page();
        }

        Date = Day.FormatShort();
        Takings = await takings.BuildAsync(library.Id, Day, cancellationToken);
        return Page();
    }

    /// <summary>
    /// The desk's way in for a person who walks up: a booking's tracking code, a membership number or a receipt number
    /// leads to that payment's desk page, in this person's libraries only.
    /// </summary>
    public async Task<IActionResult> OnGetFindAsync(string? code, CancellationToken cancellationToken)
    {
        var typed = PersianText.Normalize(code).Trim();
        var allowed = await scope.LibraryIdsAsync(cancellationToken);
        var id = typed.Length == 0 ? null : await db.Payments.AsNoTracking()
            .Where(p => allowed == null || allowed.Contains(p.LibraryId))
            .Where(p => p.ReceiptNumber == typed || p.Booking!.TrackingCode == typed || (p.For == PaymentFor.Membership && p.Member!.MembershipNumber == typed))
            .OrderByDescending(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            Notice = PaymentTexts.NotFoundByCode(typed);
            return RedirectToPage(new { LibraryId, Date });
        }

        return RedirectToPage("/Payments/Desk", new { id });
    }

    /// <summary>The money of a refunded payment was given back to the person at the desk.</summary>
    public async Task<IActionResult> OnPostHandBackAsync(int id, CancellationToken cancellationToken)
    {
        var libraries = await scope.LibraryIdsAsync(cancellationToken);
        var outcome = await audit.RecordAsync(scope.UserName, new AuditNote("payment.refund-handed-back", $"Payment {id}"),
            () => ledger.HandBackRefundAsync(id, scope.UserName, libraries, cancellationToken), o => o == RefundHandBackOutcome.HandedBack, cancellationToken);
        if (outcome == RefundHandBackOutcome.NotFound)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Notice = outcome switch
        {
            RefundHandBackOutcome.HandedBack => PaymentTexts.HandedBack,
            RefundHandBackOutcome.AlreadyHandedBack => PaymentTexts.AlreadyHandedBack,
            _ => PaymentTexts.NotRefunded,
        };
        return RedirectToPage(new { LibraryId, Date });
    }
}
