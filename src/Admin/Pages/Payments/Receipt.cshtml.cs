using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Payments;

namespace RahZendegi.Admin.Pages.Payments;

/// <summary>The printable receipt of a paid payment (or of one paid and since refunded, marked so).</summary>
public class ReceiptModel(AppDbContext db, StaffScope scope) : PageModel
{
    public PaymentSummary Payment { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var payment = await PaymentSummary.LoadAsync(db, id, cancellationToken);
        if (payment is null || payment.ReceiptNumber is null)
        {
            return NotFound();
        }

        if (!await scope.CanManageLibraryAsync(payment.LibraryId, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Payment = payment;
        return Page();
    }

    public bool Refunded => Payment.Status == PaymentStatus.Refunded;
}
