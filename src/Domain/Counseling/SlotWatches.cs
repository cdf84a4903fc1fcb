using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Counseling;

/// <summary>
/// «خبرم کن»: people waiting for a slot. A slot that is free is held for the first waiting person who fits,
/// in the order they asked, and offered with one tap; a hold not taken in time goes to the next person.
/// </summary>
public sealed class SlotWatches(
    AppDbContext db,
    CounselingSchedule schedule,
    TimeProvider time,
    IOptions<CounselingOptions> options)
{
    /// <summary>Adds the wish; it is committed with the rest of the person's update.</summary>
    public void Watch(SlotWatch watch)
    {
        watch.Status = WatchStatus.Waiting;
        watch.CreatedAt = time.GetUtcNow().UtcDateTime;
        db.SlotWatches.Add(watch);
    }

    /// <summary>Ends holds that ran out, then offers free slots to waiting people; returns how many were offered.</summary>
    /// <remarks>Commits: a round, and each hold on its own, as the slot is contested.</remarks>
    public async Task<int> MatchAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await ExpireHoldsAsync(now, cancellationToken);

        var today = DateOnly.FromDateTime(JalaliDate.ToTehran(now));
        var waiting = await db.SlotWatches.Where(w => w.Status == WatchStatus.Waiting)
            .OrderBy(w => w.CreatedAt).ThenBy(w => w.Id).ToListAsync(cancellationToken);
        var offered = 0;
        foreach (var watch in waiting)
        {
            if (watch.Day < today)
            {
                watch.Status = WatchStatus.Expired;
                await db.SaveChangesAsync(cancellationToken);
                continue;
            }

            offered += await OfferAsync(watch, now, cancellationToken) ? 1 : 0;
        }

        return offered;
    }

    private async Task ExpireHoldsAsync(DateTime now, CancellationToken cancellationToken)
    {
        var expired = await db.Bookings.Where(b => b.Status == BookingStatus.Held && b.HeldUntil <= now).ToListAsync(cancellationToken);
        foreach (var hold in expired)
        {
            (hold.Status, hold.ClosedAt) = (BookingStatus.HoldExpired, now);
        }

        var ids = expired.Select(b => (int?)b.Id).ToList();
        await db.SlotWatches.Where(w => w.Status == WatchStatus.Offered && ids.Contains(w.OfferedBookingId))
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, WatchStatus.Expired), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<bool> OfferAsync(SlotWatch watch, DateTime now, CancellationToken cancellationToken)
    {
        var counselors = watch.CounselorId is { } one
            ? [one]
            : (await schedule.CounselorsAtAsync(watch.LibraryId, watch.Topic, cancellationToken))
                .Where(c => watch.Gender is null || c.Gender == watch.Gender).Select(c => c.Id).ToList();
        var slot = (await schedule.FreeSlotsAsync(watch.LibraryId, counselors, cancellationToken))
            .FirstOrDefault(s => watch.Day is null || DateOnly.FromDateTime(JalaliDate.ToTehran(s.StartsAt)) == watch.Day);
        if (slot == default)
        {
            return false;
        }

        var hold = new Booking
        {
            TrackingCode = Booking.NewTrackingCode(),
            BotName = watch.BotName,
            UserId = watch.UserId,
            ChatId = watch.ChatId,
            CounselorId = slot.CounselorId,
            LibraryId = slot.LibraryId,
            Topic = watch.Topic,
            StartsAt = slot.StartsAt,
            EndsAt = slot.EndsAt,
            Status = BookingStatus.Held,
            HeldUntil = now + options.Value.OfferHold,
            CreatedAt = now,
        };
        db.Bookings.Add(hold);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone booked it a moment ago: this person waits for the next one.
            db.Entry(hold).State = EntityState.Detached;
            return false;
        }

        await db.Entry(hold).Reference(b => b.Library).LoadAsync(cancellationToken);
        (watch.Status, watch.OfferedBookingId) = (WatchStatus.Offered, hold.Id);
        var take = new KeyboardButton(CounselingNotices.TakeButton, new CallbackData(BookingCallbacks.Feature, BookingCallbacks.Take, hold.Id).ToString());
        db.OutboxMessages.Add(OutboxMessage.Create(watch.BotName, watch.ChatId, new OutgoingText(CounselingNotices.Offer(hold), Keyboard.Inline([take])), now, OutboxKind.Notice));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
