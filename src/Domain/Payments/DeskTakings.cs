using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Payments;

/// <summary>One payment taken on the day: its receipt, how it was paid, and who took it.</summary>
public sealed record Taking(int PaymentId, string ReceiptNumber, PaymentFor For, PaymentMethod Method, long Rials, DateTime At, string By, bool Refunded);

/// <summary>A refunded payment: what is owed back, and when and by whom it was handed back if it was.</summary>
public sealed record RefundOwed(int PaymentId, string? ReceiptNumber, PaymentFor For, PaymentMethod? Method, long Rials, DateTime? PaidAt,
    DateTime? HandedBackAt, string? HandedBackBy);

public sealed record MethodTotal(PaymentMethod Method, int Count, long Rials);

/// <summary>
/// A library's day at the desk: what was paid that day (a payment refunded later still counts, as the money came in
/// that day) by method with totals, the refunds handed back that day, and every refund still owed.
/// </summary>
public sealed record DayTakings(IReadOnlyList<Taking> Taken, IReadOnlyList<MethodTotal> ByMethod, IReadOnlyList<RefundOwed> HandedBack,
    IReadOnlyList<RefundOwed> Owed)
{
    public long TakenRials => Taken.Sum(t => t.Rials);

    public long HandedBackRials => HandedBack.Sum(r => r.Rials);
}

public sealed class DeskTakings(AppDbContext db)
{
    /// <summary>The Tehran calendar day <paramref name="day"/> at <paramref name="libraryId"/>.</summary>
    public async Task<DayTakings> BuildAsync(int libraryId, JalaliDate day, CancellationToken cancellationToken)
    {
        var from = day.ToUtc(TimeOnly.MinValue).Utc!.Value;
        var until = day.AddDays(1).ToUtc(TimeOnly.MinValue).Utc!.Value;
        var inLibrary = db.Payments.AsNoTracking().Where(p => p.LibraryId == libraryId);

        // Waived payments carry a settled time too, but no money changed hands.
        var taken = await inLibrary
            .Where(p => (p.Status == PaymentStatus.Paid || p.Status == PaymentStatus.Refunded) && p.Method != null && p.Method != PaymentMethod.Committee
                && p.SettledAt >= from && p.SettledAt < until)
            .Select(p => new Taking(p.Id, p.ReceiptNumber!, p.For, p.Method!.Value, p.DueRials, p.SettledAt!.Value, p.SettledBy!, p.Status == PaymentStatus.Refunded))
            .ToListAsync(cancellationToken);
        taken = [.. taken.OrderBy(t => t.At).ThenBy(t => t.PaymentId)];

        var refunds = await inLibrary
            .Where(p => p.Status == PaymentStatus.Refunded && (p.RefundHandedBackAt == null || p.RefundHandedBackAt >= from && p.RefundHandedBackAt < until))
            .Select(p => new RefundOwed(p.Id, p.ReceiptNumber, p.For, p.Method, p.DueRials, p.SettledAt, p.RefundHandedBackAt, p.RefundHandedBackBy))
            .ToListAsync(cancellationToken);

        return new DayTakings(
            taken,
            [.. taken.GroupBy(t => t.Method).OrderBy(g => g.Key).Select(g => new MethodTotal(g.Key, g.Count(), g.Sum(t => t.Rials)))],
            [.. refunds.Where(r => r.HandedBackAt is not null).OrderBy(r => r.HandedBackAt)],
            [.. refunds.Where(r => r.HandedBackAt is null).OrderBy(r => r.PaidAt).ThenBy(r => r.PaymentId)]);
    }
}
