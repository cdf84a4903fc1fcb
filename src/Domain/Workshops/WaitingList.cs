using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Domain.Workshops;

/// <summary>
/// Hands free seats to the waiting list in arrival order: the first waiter is offered the seat with a time limit
/// and a «تأیید» button. Each offer commits on its own (inside the caller's transaction when there is one).
/// </summary>
public sealed class WaitingList(AppDbContext db, TimeProvider time, IOptions<WorkshopOptions> options)
{
    public Task<int> PositionAsync(WorkshopRegistration waiting, CancellationToken cancellationToken) =>
        db.WorkshopRegistrations.CountAsync(r => r.WorkshopId == waiting.WorkshopId
            && r.Status == RegistrationStatus.Waiting && r.Id <= waiting.Id, cancellationToken);

    public async Task<List<int>> TakenSeatsAsync(int workshopId, CancellationToken cancellationToken) =>
        await db.WorkshopRegistrations.Where(WorkshopRegistration.HoldsSeat).Where(r => r.WorkshopId == workshopId)
            .Select(r => r.Seat!.Value).ToListAsync(cancellationToken);

    /// <summary>Offers every free seat of a tracked workshop to the next waiting person; returns how many were offered.</summary>
    /// <remarks>Commits each offer: the seat is contested.</remarks>
    public async Task<int> OfferFreeSeatsAsync(Workshop workshop, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (workshop.Status != WorkshopStatus.Published || workshop.StartsAt <= now)
        {
            return 0;
        }

        var taken = await TakenSeatsAsync(workshop.Id, cancellationToken);
        var free = new Queue<int>(Enumerable.Range(1, Math.Max(workshop.Capacity, 0)).Except(taken));
        if (free.Count == 0)
        {
            return 0;
        }

        var waiters = new Queue<WorkshopRegistration>(await db.WorkshopRegistrations
            .Where(r => r.WorkshopId == workshop.Id && r.Status == RegistrationStatus.Waiting)
            .OrderBy(r => r.Id).Take(free.Count).ToListAsync(cancellationToken));
        var offered = 0;
        while (free.Count > 0 && waiters.Count > 0)
        {
            var waiter = waiters.Peek();
            var seat = free.Peek();

            // An offer never outlives the start: a seat nobody confirmed by then is of no use to anyone.
            var expiresAt = now + options.Value.OfferTime < workshop.StartsAt ? now + options.Value.OfferTime : workshop.StartsAt;
            (waiter.Status, waiter.Seat, waiter.OfferExpiresAt) = (RegistrationStatus.Offered, seat, expiresAt);
            // A waiter without a messenger account is offered the seat all the same; the library calls them, and the
            // registrations page shows the offer with their phone number.
            var message = waiter is { BotName: { } bot, ChatId: { } chat }
                ? OutboxMessage.Create(bot, chat, new OutgoingText(WorkshopNotices.Offer(waiter, workshop), Keyboard.Inline([ConfirmButton(waiter.Id)])), now, OutboxKind.Notice)
                : null;
            if (message is not null)
            {
                db.OutboxMessages.Add(message);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                free.Dequeue();
                waiters.Dequeue();
                offered++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // The waiter left the list a moment ago: the seat goes to the next one.
                db.Detach(message);
                db.Entry(waiter).State = EntityState.Detached;
                waiters.Dequeue();
            }
            catch (DbUpdateException e) when (Constraints.IsViolation(e))
            {
                // A newcomer took this seat a moment ago: the same waiter tries the next free one.
                db.Detach(message);
                var entry = db.Entry(waiter);
                entry.CurrentValues.SetValues(entry.OriginalValues);
                entry.State = EntityState.Unchanged;
                free.Dequeue();
            }
        }

        return offered;
    }

    private static KeyboardButton ConfirmButton(int registrationId) =>
        new(WorkshopNotices.ConfirmButton, new CallbackData(WorkshopCallbacks.Feature, WorkshopCallbacks.Confirm, registrationId).ToString());
}
