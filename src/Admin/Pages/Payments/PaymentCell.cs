using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Payments;

namespace RahZendegi.Admin.Pages.Payments;

/// <summary>The paid / unpaid column of a booking, seat or membership list (<c>_PaymentCell</c>).</summary>
public sealed record PaymentCell(int Id, PaymentStatus Status, PaymentMethod? Method, long DueRials, string? ReceiptNumber, bool HandedBack)
{
    public static async Task<Dictionary<int, PaymentCell>> ForBookingsAsync(AppDbContext db, IEnumerable<int> bookingIds, CancellationToken cancellationToken)
    {
        var ids = bookingIds.ToList();
        var payments = await db.Payments.AsNoTracking().Where(p => p.BookingId != null && ids.Contains(p.BookingId.Value)).ToListAsync(cancellationToken);
        return payments.ToDictionary(p => p.BookingId!.Value, Of);
    }

    public static async Task<Dictionary<int, PaymentCell>> ForSeatsAsync(AppDbContext db, IEnumerable<int> registrationIds, CancellationToken cancellationToken)
    {
        var ids = registrationIds.ToList();
        var payments = await db.Payments.AsNoTracking()
            .Where(p => p.WorkshopRegistrationId != null && ids.Contains(p.WorkshopRegistrationId.Value)).ToListAsync(cancellationToken);
        return payments.ToDictionary(p => p.WorkshopRegistrationId!.Value, Of);
    }

    public static async Task<Dictionary<int, PaymentCell>> ForMembersAsync(AppDbContext db, IEnumerable<int> memberIds, CancellationToken cancellationToken)
    {
        var ids = memberIds.ToList();
        var payments = await db.Payments.AsNoTracking()
            .Where(p => p.For == PaymentFor.Membership && p.MemberId != null && ids.Contains(p.MemberId.Value)).ToListAsync(cancellationToken);
        return payments.ToDictionary(p => p.MemberId!.Value, Of);
    }

    private static PaymentCell Of(Payment p) => new(p.Id, p.Status, p.Method, p.DueRials, p.ReceiptNumber, p.RefundHandedBackAt is not null);
}
