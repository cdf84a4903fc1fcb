using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Domain.Workshops;

/// <summary>The once-a-minute work of workshops: offers that ran out, seats for the waiting list, reminders.</summary>
public sealed class WorkshopRounds(AppDbContext db, WaitingList waitingList, TimeProvider time, IOptions<WorkshopOptions> options)
{
    /// <summary>
    /// Ends offers past their time (telling the person), then hands every free seat of an upcoming workshop to its
    /// waiting list; an offer made here expires on a later round, so the chain goes on. Returns how many offers expired.
    /// </summary>
    /// <remarks>Commits: a round, one commit per offer, so a person's confirmation at the same moment undoes only their own.</remarks>
    public async Task<int> ExpireOffersAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var overdue = await db.WorkshopRegistrations.Include(r => r.Workshop).ThenInclude(w => w!.Library)
            .Where(r => r.Status == RegistrationStatus.Offered && r.OfferExpiresAt <= now)
            .OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var offer in overdue)
        {
            (offer.Status, offer.Seat, offer.OfferExpiresAt, offer.ClosedAt) = (RegistrationStatus.OfferExpired, null, null, now);
            var message = offer is { BotName: { } bot, ChatId: { } chat }
                ? OutboxMessage.Create(bot, chat, new OutgoingText(WorkshopNotices.OfferExpired(offer.Workshop!)), now, OutboxKind.Notice)
                : null;
            if (message is not null)
            {
                db.OutboxMessages.Add(message);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                expired++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Confirmed or cancelled at the last moment: that change stands.
                db.Detach(message);
                db.Entry(offer).State = EntityState.Detached;
            }
        }

        // Every free seat goes on: those freed just now, and any another path freed without handing it on.
        var withWaiters = await db.Workshops.Include(w => w.Library)
            .Where(w => w.Status == WorkshopStatus.Published && w.StartsAt > now
                && db.WorkshopRegistrations.Any(r => r.WorkshopId == w.Id && r.Status == RegistrationStatus.Waiting))
            .ToListAsync(cancellationToken);
        foreach (var workshop in withWaiters)
        {
            await waitingList.OfferFreeSeatsAsync(workshop, cancellationToken);
        }

        return expired;
    }

    /// <summary>
    /// Queues the reminder a day before the first session for each confirmed seat. The mark and the message commit
    /// together, so each goes out once, survives a restart, and a cancelled or waiting registration gets none.
    /// </summary>
    /// <remarks>Commits: a round.</remarks>
    public async Task<int> QueueRemindersAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var lead = options.Value.Reminder;
        var horizon = now + lead;
        var due = await db.WorkshopRegistrations.Include(r => r.Workshop).ThenInclude(w => w!.Library)
            // Only the bot can remind; a person registered at the desk without a messenger account took the time on paper.
            .Where(r => r.Status == RegistrationStatus.Confirmed && r.ReminderQueuedAt == null && r.ChatId != null
                && r.Workshop!.Status == WorkshopStatus.Published && r.Workshop.StartsAt > now && r.Workshop.StartsAt <= horizon)
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var registration in due)
        {
            registration.ReminderQueuedAt = now;

            // Confirmed after the reminder's moment: the confirmation itself was the reminder.
            if (registration.ConfirmedAt > registration.Workshop!.StartsAt - lead)
            {
                continue;
            }

            var cancel = new KeyboardButton(WorkshopNotices.CancelButton,
                new CallbackData(WorkshopCallbacks.Feature, WorkshopCallbacks.Cancel, registration.Id).ToString());
            db.OutboxMessages.Add(OutboxMessage.Create(registration.BotName!, registration.ChatId!.Value,
                new OutgoingText(WorkshopNotices.Reminder(registration, registration.Workshop), Keyboard.Inline([cancel])), now, OutboxKind.Reminder));
            queued++;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone cancelled while the round ran: nothing was committed, and the next round tries again without them.
            db.ChangeTracker.Clear();
            return 0;
        }

        return queued;
    }
}
