using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Payments;

/// <summary>
/// Staff take a payment at the desk: the payment → cash or the card reader → «آیا مطمئن هستید؟» with what follows →
/// recorded, and the receipt. The steps before are plain GETs; only the last posts, and the ledger decides there who
/// won if two desks (or a desk and the chat) settle it at once.
/// </summary>
public class DeskModel(AppDbContext db, StaffScope scope, PaymentLedger ledger, AuditLog audit) : PageModel
{
    /// <summary>Null when the payment lies outside this person's libraries: the page then says only that.</summary>
    public PaymentSummary? Payment { get; private set; }

    /// <summary>The method chosen; the page then asks for confirmation.</summary>
    [BindProperty(SupportsGet = true)]
    public PaymentMethod? Method { get; set; }

    /// <summary>Why nothing can be recorded; null when the payment is due.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Method is not (null or PaymentMethod.DeskCash or PaymentMethod.DeskCard))
        {
            Method = null;
        }

        Refusal = Payment!.Status switch
        {
            PaymentStatus.Due when Payment.DueRials > 0 => null,
            PaymentStatus.Due or PaymentStatus.Waived => PaymentTexts.NothingToPay,
            PaymentStatus.Paid => PaymentTexts.AlreadyPaid,
            _ => PaymentTexts.Closed,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Method is not (PaymentMethod.DeskCash or PaymentMethod.DeskCard))
        {
            Refusal = PaymentTexts.ChooseMethod;
            Method = null;
            return Page();
        }

        var method = Method.Value;
        var result = await audit.RecordAsync(scope.UserName, new AuditNote("payment.desk", $"Payment {id}", $"{method} {Payment!.DueRials}"),
            async () => await ledger.RecordAtDeskAsync(id, method, scope.UserName, await scope.LibraryIdsAsync(cancellationToken), cancellationToken),
            r => r.Outcome == DeskPaymentOutcome.Recorded, cancellationToken);

        if (result.Outcome == DeskPaymentOutcome.Recorded)
        {
            TempData[nameof(ReceiptModel.Notice)] = PaymentTexts.Recorded;
            return RedirectToPage("/Payments/Receipt", new { id });
        }

        // Settled meanwhile, at another desk or in the chat: the page says so and shows where it stands now.
        Payment = await PaymentSummary.LoadAsync(db, id, cancellationToken);
        (Method, Refusal) = (null, result.Outcome switch
        {
            DeskPaymentOutcome.AlreadyPaid => PaymentTexts.AlreadyPaid,
            DeskPaymentOutcome.NothingToPay => PaymentTexts.NothingToPay,
            DeskPaymentOutcome.NotFound => PaymentTexts.NotFound,
            _ => PaymentTexts.Closed,
        });
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>The payment, or the answer for one that does not exist or lies outside this person's libraries.</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await PaymentSummary.LoadAsync(db, id, cancellationToken) is not { } payment)
        {
            return NotFound();
        }

        if (!await scope.CanManageLibraryAsync(payment.LibraryId, cancellationToken))
        {
            Refusal = PaymentTexts.NotInYourLibraries;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        Payment = payment;
        return null;
    }
}
