using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Domain.Privacy;

public enum ErasureOutcome { Erased, NothingKept }

/// <summary>
/// «حذف عضویت و اطلاعات من», asked by the person in the bot or by a provincial admin in the panel. Personal fields are
/// erased; bookings, seats and payments stay only as anonymous rows for the charity's figures (amounts, category,
/// library, dates), owned by the erased membership row or, for a person who never joined, by no one. Future sessions
/// and seats are cancelled through their services first, so a freed seat goes to the next on the waiting list and a
/// payment follows the ledger's rule.
/// </summary>
public sealed class PersonalDataErasure(AppDbContext db, BookingService bookings, WorkshopService workshops, TimeProvider time)
{
    /// <summary>The reason a session or seat cancelled by the erasure carries, for staff; it names no one.</summary>
    public const string CancelReason = "حذف اطلاعات به درخواست خود فرد";

    /// <summary>The person of this messenger account erases what is kept about them.</summary>
    /// <remarks>Commits: each future workshop seat as it is cancelled (a freed seat is contested); the rest is left to the caller.</remarks>
    public async Task<ErasureOutcome> EraseAsync(string botName, long userId, CancellationToken cancellationToken)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.BotName == botName && m.UserId == userId, cancellationToken);
        return await EraseAsync(member, botName, userId, cancellationToken);
    }

    /// <summary>A provincial admin erases a membership, with the messenger account it has.</summary>
    /// <remarks>Commits: as <see cref="EraseAsync(string, long, CancellationToken)"/>.</remarks>
    public async Task<ErasureOutcome> EraseMemberAsync(int memberId, CancellationToken cancellationToken)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        return member is null || ErasedMember.IsErased(member)
            ? ErasureOutcome.NothingKept
            : await EraseAsync(member, member.BotName, member.UserId, cancellationToken);
    }

    private async Task<ErasureOutcome> EraseAsync(Member? member, string? botName, long? userId, CancellationToken cancellationToken)
    {
        var memberId = member?.Id;
        var now = time.GetUtcNow().UtcDateTime;
        var chatId = member?.ChatId ?? (await db.Conversations.AsNoTracking()
            .SingleOrDefaultAsync(c => c.BotName == botName && c.UserId == userId, cancellationToken))?.ChatId;

        // Seats first: each cancellation commits at once, before anything is anonymised, so the rest is one commit.
        await CancelSeatsAsync(botName, userId, memberId, now, cancellationToken);
        await CancelSessionsAsync(botName, userId, memberId, now, cancellationToken);

        var ownBookings = await db.Bookings
            .Where(b => (botName != null && b.BotName == botName && b.UserId == userId) || (memberId != null && b.MemberId == memberId))
            .ToListAsync(cancellationToken);
        foreach (var booking in ownBookings)
        {
            if (booking.Status == BookingStatus.Held)
            {
                (booking.Status, booking.HeldUntil, booking.ClosedAt) = (BookingStatus.HoldExpired, null, now);
            }

            (booking.BotName, booking.UserId, booking.ChatId, booking.MemberId) = Anonymous(botName, memberId);
        }

        var ownSeats = await db.WorkshopRegistrations
            .Where(r => (botName != null && r.BotName == botName && r.UserId == userId) || (memberId != null && r.MemberId == memberId))
            .ToListAsync(cancellationToken);
        foreach (var registration in ownSeats)
        {
            (registration.BotName, registration.UserId, registration.ChatId, registration.MemberId) = Anonymous(botName, memberId);
        }

        // The money stays, for the report; only the chat it could be paid in goes.
        var bookingIds = ownBookings.Select(b => b.Id).ToList();
        var seatIds = ownSeats.Select(r => r.Id).ToList();
        var payments = await db.Payments.Where(p => (memberId != null && p.MemberId == memberId)
                || (p.BookingId != null && bookingIds.Contains(p.BookingId.Value))
                || (p.WorkshopRegistrationId != null && seatIds.Contains(p.WorkshopRegistrationId.Value)))
            .ToListAsync(cancellationToken);
        foreach (var payment in payments)
        {
            (payment.BotName, payment.ChatId) = (null, null);
        }

        var kept = member is not null || ownBookings.Count > 0 || ownSeats.Count > 0;
        if (botName is not null && userId is { } user)
        {
            kept |= await ForgetAccountAsync(botName, user, chatId, cancellationToken);
        }

        db.NoShowApprovals.RemoveRange(await db.NoShowApprovals
            .Where(a => (botName != null && a.BotName == botName && a.UserId == userId) || (memberId != null && a.MemberId == memberId))
            .ToListAsync(cancellationToken));
        if (member is not null)
        {
            db.CategoryProofs.RemoveRange(await db.CategoryProofs.Where(p => p.MemberId == member.Id).ToListAsync(cancellationToken));
            // Every messenger account linked to the membership goes with it: none can find the erased member again.
            db.MemberAccounts.RemoveRange(await db.MemberAccounts.Where(a => a.MemberId == member.Id).ToListAsync(cancellationToken));
            member.FullName = ErasedMember.FullName;
            member.NationalId = ErasedMember.NationalId(member.Id);
            member.Phone = ErasedMember.Phone;
            (member.BotName, member.UserId, member.ChatId, member.RejectionReason) = (null, null, null, null);
        }

        return kept ? ErasureOutcome.Erased : ErasureOutcome.NothingKept;
    }

    /// <summary>
    /// A row kept for the figures names no person: the erased membership when there was one; otherwise a user id no
    /// messenger gives (0), as the owner rule needs a messenger account or a membership.
    /// </summary>
    private static (string?, long?, long?, int?) Anonymous(string? botName, int? memberId) =>
        memberId is { } id ? (null, null, null, id) : (botName, 0, 0, null);

    private async Task CancelSeatsAsync(string? botName, long? userId, int? memberId, DateTime now, CancellationToken cancellationToken)
    {
        var seats = await db.WorkshopRegistrations.AsNoTracking().Where(WorkshopRegistration.IsActive)
            .Where(r => (botName != null && r.BotName == botName && r.UserId == userId) || (memberId != null && r.MemberId == memberId))
            .Where(r => r.Workshop!.EndsAt > now)
            .Select(r => new { r.Id, r.BotName, r.UserId, r.Workshop!.StartsAt }).ToListAsync(cancellationToken);
        foreach (var seat in seats)
        {
            // The person's own way out while the workshop has not begun; afterwards, and for a desk registration, staff's.
            var outcome = seat is { BotName: { } bot, UserId: { } user } && seat.StartsAt > now
                ? await workshops.CancelAsync(seat.Id, bot, user, cancellationToken)
                : WorkshopCancelOutcome.NotFound;
            if (outcome != WorkshopCancelOutcome.Cancelled)
            {
                await workshops.CancelSeatByStaffAsync(seat.Id, CancelReason, cancellationToken);
            }
        }
    }

    private async Task CancelSessionsAsync(string? botName, long? userId, int? memberId, DateTime now, CancellationToken cancellationToken)
    {
        var sessions = await db.Bookings.AsNoTracking()
            .Where(b => (botName != null && b.BotName == botName && b.UserId == userId) || (memberId != null && b.MemberId == memberId))
            .Where(b => b.Status == BookingStatus.Confirmed && b.StartsAt > now)
            .Select(b => new { b.Id, b.BotName, b.UserId }).ToListAsync(cancellationToken);
        foreach (var session in sessions)
        {
            // Past the person's own deadline the session is still cancelled: they asked for their data to go.
            var outcome = session is { BotName: { } bot, UserId: { } user }
                ? await bookings.CancelByUserAsync(session.Id, bot, user, cancellationToken)
                : CancelOutcome.NotFound;
            if (outcome != CancelOutcome.Cancelled)
            {
                await bookings.CancelByStaffAsync(session.Id, CancelReason, cancellationToken);
            }
        }
    }

    /// <summary>
    /// What the messenger account itself left: «خبرم کن» watches, subscription, consent, the raw updates and messages
    /// of its chat, and the conversation with its drafts. True when there was any of it.
    /// </summary>
    private async Task<bool> ForgetAccountAsync(string botName, long userId, long? chatId, CancellationToken cancellationToken)
    {
        var watches = await db.SlotWatches.Where(w => w.BotName == botName && w.UserId == userId).ToListAsync(cancellationToken);
        var subscriptions = await db.Subscriptions.Where(s => s.BotName == botName && s.UserId == userId).ToListAsync(cancellationToken);
        var consents = await db.PrivacyConsents.Where(c => c.BotName == botName && c.UserId == userId).ToListAsync(cancellationToken);
        db.SlotWatches.RemoveRange(watches);
        db.Subscriptions.RemoveRange(subscriptions);
        db.PrivacyConsents.RemoveRange(consents);
        db.PrivacyConsents.Local.Where(c => c.BotName == botName && c.UserId == userId).ToList().ForEach(c => db.Entry(c).State = EntityState.Detached);

        // The chat's messages carry what the person typed and what the bot said back (names, national ID, topics):
        // sent ones go, and so do notices still waiting, such as the cancellations above, which the reply replaces.
        if (chatId is { } chat)
        {
            foreach (var entry in db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added && e.Entity.BotName == botName && e.Entity.ChatId == chat).ToList())
            {
                entry.State = EntityState.Detached;
            }

            db.OutboxMessages.RemoveRange(await db.OutboxMessages.Where(m => m.BotName == botName && m.ChatId == chat && m.BroadcastId == null)
                .ToListAsync(cancellationToken));
        }

        foreach (var update in await db.InboxUpdates.Where(u => u.BotName == botName && u.UserKey == userId && u.HandledAt != null).ToListAsync(cancellationToken))
        {
            update.Payload = "{}";
        }

        // The conversation being handled now stays, reset, so the reply reaches the chat; any other goes.
        var conversation = db.Conversations.Local.SingleOrDefault(c => c.BotName == botName && c.UserId == userId);
        if (conversation is not null)
        {
            // The flow that asked leaves for the menu itself; what it had kept so far goes now.
            conversation.Draft = null;
        }
        else if (await db.Conversations.SingleOrDefaultAsync(c => c.BotName == botName && c.UserId == userId, cancellationToken) is { } stored)
        {
            db.Conversations.Remove(stored);
        }

        return watches.Count > 0 || subscriptions.Count > 0 || consents.Count > 0 || conversation is not null;
    }
}
