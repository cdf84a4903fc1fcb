using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Workshops;

/// <summary>Staff cancelling a whole workshop, or one person's seat or waiting place, from the panel.</summary>
public sealed partial class WorkshopService
{
    /// <summary>What cancelling the workshop would touch, for the page that asks first; null when it cannot be cancelled.</summary>
    public async Task<WorkshopCancellationImpact?> CancellationImpactAsync(int workshopId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var workshop = await db.Workshops.AsNoTracking().SingleOrDefaultAsync(w => w.Id == workshopId, cancellationToken);
        if (workshop is null || workshop.Status == WorkshopStatus.Cancelled || workshop.EndsAt <= now)
        {
            return null;
        }

        var active = db.WorkshopRegistrations.AsNoTracking().Where(WorkshopRegistration.IsActive).Where(r => r.WorkshopId == workshopId);
        var seats = await active.CountAsync(r => r.Seat != null, cancellationToken);
        var waiting = await active.CountAsync(r => r.Seat == null, cancellationToken);
        var paid = await db.Payments.AsNoTracking()
            .Where(p => p.Status == PaymentStatus.Paid && active.Any(r => r.Id == p.WorkshopRegistrationId))
            .Select(p => p.DueRials).ToListAsync(cancellationToken);
        return new(seats, waiting, paid.Count, paid.Sum());
    }

    /// <summary>
    /// Cancels the workshop: every seat, offer and waiting place closes (walk-ins' too), each seat's payment follows the
    /// ledger's rule (what was due is no longer, what was paid is owed back at the desk), and everyone with the bot is
    /// told why. Nobody is offered a seat: there is nothing left to offer.
    /// </summary>
    /// <remarks>
    /// Commits, with whatever the caller has tracked (its audit entry): a sign-up racing it must either land before it,
    /// and be cancelled with the rest, or find the workshop cancelled. The status changes first, in the transaction that
    /// then reads the registrations, so the workshop's row stays locked against sign-ups (see <see cref="StillOpenAsync"/>)
    /// until everything is closed.
    /// </remarks>
    public async Task<WorkshopCancelOutcome> CancelWorkshopAsync(int workshopId, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cancelled = await db.Workshops
            .Where(w => w.Id == workshopId && w.Status == WorkshopStatus.Published && w.EndsAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WorkshopStatus.Cancelled), cancellationToken);
        if (cancelled == 0)
        {
            return WorkshopCancelOutcome.NotFound;
        }

        var workshop = await db.Workshops.AsNoTracking().Include(w => w.Library).SingleAsync(w => w.Id == workshopId, cancellationToken);
        var registrations = await db.WorkshopRegistrations.Where(WorkshopRegistration.IsActive).Where(r => r.WorkshopId == workshopId)
            .OrderBy(r => r.Id).ToListAsync(cancellationToken);
        foreach (var registration in registrations)
        {
            var paid = await CloseByStaffAsync(registration, now, cancellationToken);
            Tell(registration, WorkshopNotices.WorkshopCancelled(workshop, PersianText.Normalize(reason).Trim(), paid), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // A copy the caller may have tracked reads as the row now is.
        if (db.ChangeTracker.Entries<Workshop>().SingleOrDefault(e => e.Entity.Id == workshopId) is { } tracked)
        {
            await tracked.ReloadAsync(cancellationToken);
        }

        return WorkshopCancelOutcome.Cancelled;
    }

    /// <summary>
    /// Staff cancel one person's seat, offer or waiting place (a bot user or a walk-in): its payment follows the ledger's
    /// rule, the person is told in the bot if they have it, and a freed seat is offered to the first waiter, as when the
    /// person leaves it themselves.
    /// </summary>
    /// <remarks>Commits: the freed seat is contested.</remarks>
    public async Task<WorkshopCancelOutcome> CancelSeatByStaffAsync(int registrationId, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var registration = await db.WorkshopRegistrations.Include(r => r.Workshop).ThenInclude(w => w!.Library)
            .Where(WorkshopRegistration.IsActive)
            .SingleOrDefaultAsync(r => r.Id == registrationId && r.Workshop!.EndsAt > now, cancellationToken);
        if (registration is null)
        {
            return WorkshopCancelOutcome.NotFound;
        }

        var freesSeat = registration.Seat is not null;
        var paid = await CloseByStaffAsync(registration, now, cancellationToken);
        Tell(registration, WorkshopNotices.SeatCancelledByStaff(registration.Workshop!, PersianText.Normalize(reason).Trim(), paid), now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The person left, or their offer expired, in the same moment: nothing is left to cancel.
            db.ChangeTracker.Clear();
            return WorkshopCancelOutcome.NotFound;
        }

        if (freesSeat)
        {
            await waitingList.OfferFreeSeatsAsync(registration.Workshop!, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return WorkshopCancelOutcome.Cancelled;
    }

    /// <summary>Closes the registration and its payment; true when the person had paid, and is owed the money back.</summary>
    private async Task<bool> CloseByStaffAsync(WorkshopRegistration registration, DateTime now, CancellationToken cancellationToken)
    {
        (registration.Status, registration.Seat, registration.OfferExpiresAt, registration.ClosedAt) = (RegistrationStatus.Cancelled, null, null, now);
        var payment = await payments.ForSeatAsync(registration.Id, cancellationToken);
        var paid = payment is { Status: PaymentStatus.Paid };
        await payments.CloseForSeatAsync(registration.Id, PaymentLedger.ByStaff, cancellationToken);
        return paid;
    }

    // A walk-in without the bot is not messaged: the library tells them, and the page says so.
    private void Tell(WorkshopRegistration registration, string text, DateTime now)
    {
        if (registration is { BotName: { } bot, ChatId: { } chat })
        {
            db.OutboxMessages.Add(OutboxMessage.Create(bot, chat, new OutgoingText(text), now, OutboxKind.Notice));
        }
    }
}
