using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Domain.Privacy;

/// <summary>What the service keeps about one messenger account's person, for «اطلاعات من».</summary>
public sealed record KeptData(
    Member? Member,
    int ProofCount,
    IReadOnlyList<Booking> FutureBookings,
    IReadOnlyList<WorkshopRegistration> Seats,
    Subscription? Subscription,
    int PaymentCount,
    long PaidRials,
    DateTime? ConsentedAt)
{
    public bool IsEmpty => Member is null && FutureBookings.Count == 0 && Seats.Count == 0 && Subscription is null && PaymentCount == 0
        && ConsentedAt is null;
}

/// <summary>Reads what is kept about a person: their membership, future sessions and seats, subscription and payments.</summary>
public sealed class PersonalData(AppDbContext db, TimeProvider time)
{
    public async Task<KeptData> WhatIsKeptAsync(string botName, long userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var member = await db.Members.AsNoTracking().Include(m => m.Library)
            .SingleOrDefaultAsync(m => m.BotName == botName && m.UserId == userId, cancellationToken);
        var memberId = member?.Id;
        var bookings = await db.Bookings.AsNoTracking().Include(b => b.Library).Include(b => b.Counselor)
            .Where(b => (b.BotName == botName && b.UserId == userId) || (memberId != null && b.MemberId == memberId))
            .Where(b => b.Status == BookingStatus.Confirmed && b.StartsAt > now)
            .OrderBy(b => b.StartsAt).ToListAsync(cancellationToken);
        var seats = await db.WorkshopRegistrations.AsNoTracking().Include(r => r.Workshop).ThenInclude(w => w!.Library)
            .Where(WorkshopRegistration.IsActive)
            .Where(r => (r.BotName == botName && r.UserId == userId) || (memberId != null && r.MemberId == memberId))
            .Where(r => r.Workshop!.EndsAt > now)
            .OrderBy(r => r.Workshop!.StartsAt).ToListAsync(cancellationToken);
        var subscription = await db.Subscriptions.AsNoTracking().Include(s => s.Library)
            .SingleOrDefaultAsync(s => s.BotName == botName && s.UserId == userId, cancellationToken);
        var payments = await PaymentsOf(db, botName, userId, memberId)
            .Select(p => new { p.Status, p.DueRials }).ToListAsync(cancellationToken);
        var consent = await db.PrivacyConsents.AsNoTracking()
            .SingleOrDefaultAsync(c => c.BotName == botName && c.UserId == userId, cancellationToken);
        var proofs = memberId is null ? 0 : await db.CategoryProofs.CountAsync(p => p.MemberId == memberId && p.ClearedAt == null, cancellationToken);
        return new(member, proofs, bookings, seats, subscription, payments.Count,
            payments.Where(p => p.Status == PaymentStatus.Paid).Sum(p => p.DueRials), consent?.ConsentedAt);
    }

    /// <summary>Every payment for the person's membership, sessions and seats, however they were booked.</summary>
    internal static IQueryable<Payment> PaymentsOf(AppDbContext db, string? botName, long? userId, int? memberId) =>
        db.Payments.Where(p => (memberId != null && p.MemberId == memberId)
            || (p.Booking != null && ((botName != null && p.Booking.BotName == botName && p.Booking.UserId == userId) || (memberId != null && p.Booking.MemberId == memberId)))
            || (p.WorkshopRegistration != null && ((botName != null && p.WorkshopRegistration.BotName == botName && p.WorkshopRegistration.UserId == userId)
                || (memberId != null && p.WorkshopRegistration.MemberId == memberId))));
}
