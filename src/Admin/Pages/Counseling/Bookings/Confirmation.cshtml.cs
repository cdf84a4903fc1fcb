using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Data;

namespace RahZendegi.Admin.Pages.Counseling.Bookings;

/// <summary>What the person takes home: tracking code, time, place and price, to read out or print.</summary>
public class ConfirmationModel(AppDbContext db, StaffScope scope) : PageModel
{
    public sealed record Slip(string TrackingCode, string? PersonName, DateTime StartsAt, string Counselor, string Library, string? Address,
        string? LibraryPhone, long BaseRials, long DiscountRials, long ToPayRials, bool HasBot);

    public Slip Booking { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var allowed = await scope.LibraryIdsAsync(cancellationToken);
        var slip = await db.Bookings.AsNoTracking().Where(b => b.Id == id && (allowed == null || allowed.Contains(b.LibraryId)))
            .Select(b => new Slip(b.TrackingCode, db.Members.Where(m => m.Id == b.MemberId).Select(m => m.FullName).FirstOrDefault(),
                b.StartsAt, b.Counselor!.FullName, b.Library!.Name, b.Library.Address, b.Library.Phone,
                b.BaseRials, b.DiscountRials, b.ToPayRials, b.ChatId != null))
            .SingleOrDefaultAsync(cancellationToken);
        if (slip is null)
        {
            return NotFound();
        }

        Booking = slip;
        return Page();
    }
}
