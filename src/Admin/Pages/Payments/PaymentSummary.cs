using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Payments;

namespace RahZendegi.Admin.Pages.Payments;

/// <summary>A payment as the desk and the receipt show it: what it is for, for whom, and where it stands.</summary>
public sealed record PaymentSummary(
    int Id,
    int LibraryId,
    string Library,
    PaymentFor For,
    string WhatFor,
    string? PersonName,
    long ListRials,
    long DueRials,
    PaymentStatus Status,
    PaymentMethod? Method,
    string? ReceiptNumber,
    DateTime? SettledAt,
    string? SettledBy,
    DateTime? RefundHandedBackAt)
{
    public static async Task<PaymentSummary?> LoadAsync(AppDbContext db, int id, CancellationToken cancellationToken)
    {
        var p = await db.Payments.AsNoTracking().Where(p => p.Id == id).Select(p => new
        {
            p.Id, p.LibraryId, Library = p.Library!.Name, p.For, p.ListRials, p.DueRials, p.Status, p.Method, p.ReceiptNumber,
            p.SettledAt, p.SettledBy, p.RefundHandedBackAt,
            Membership = p.Member!.MembershipNumber,
            MemberName = p.Member.FullName,
            Booking = p.Booking == null ? null : new { p.Booking.TrackingCode, p.Booking.StartsAt, Counselor = p.Booking.Counselor!.FullName },
            Seat = p.WorkshopRegistration == null ? null : new { p.WorkshopRegistration.Workshop!.Title, p.WorkshopRegistration.Workshop.StartsAt, p.WorkshopRegistration.Seat },

            // A place made in the bot names its messenger user, known by name if they are also a member.
            PersonName = db.Members.Where(m => m.Id == p.MemberId
                    || m.Id == p.Booking!.MemberId || m.Id == p.WorkshopRegistration!.MemberId
                    || (m.BotName != null && m.BotName == p.BotName && m.ChatId == p.ChatId))
                .Select(m => m.FullName).FirstOrDefault(),
        }).SingleOrDefaultAsync(cancellationToken);
        if (p is null)
        {
            return null;
        }

        var whatFor = p.For switch
        {
            PaymentFor.Membership => PaymentTexts.ForMembership(p.Membership),
            PaymentFor.Booking => PaymentTexts.ForBooking(p.Booking!.TrackingCode, p.Booking.StartsAt, p.Booking.Counselor),
            _ => PaymentTexts.ForSeat(p.Seat!.Title, p.Seat.StartsAt, p.Seat.Seat),
        };
        var by = p.SettledBy is null ? null
            : p.SettledBy is PaymentLedger.ByBot or PaymentLedger.ByVerification or PaymentLedger.ByStaff ? PaymentTexts.SettledBy(p.SettledBy)
            : await db.Users.AsNoTracking().Where(u => u.UserName == p.SettledBy).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? p.SettledBy;
        return new PaymentSummary(p.Id, p.LibraryId, p.Library, p.For, whatFor, p.PersonName ?? p.MemberName, p.ListRials, p.DueRials, p.Status,
            p.Method, p.ReceiptNumber, p.SettledAt, by, p.RefundHandedBackAt);
    }
}
