using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Domain.Counseling;

/// <summary>
/// Queues the day-before and hours-before reminders that are due. The mark and the message commit together,
/// so each reminder goes out once, survives a restart, and a cancelled or moved booking gets none.
/// </summary>
public sealed class BookingReminders(AppDbContext db, TimeProvider time, IOptions<CounselingOptions> options)
{
    /// <remarks>Commits: a round.</remarks>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken)
    {
        var rules = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var dayHorizon = now + rules.DayReminder;
        var hourHorizon = now + rules.HourReminder;
        var due = await db.Bookings.Include(b => b.Library)
            // Only the bot can remind; a person booked at the desk without a messenger account took the time on paper.
            .Where(b => b.Status == BookingStatus.Confirmed && b.StartsAt > now && b.ChatId != null
                && ((b.DayReminderQueuedAt == null && b.StartsAt <= dayHorizon) || (b.HourReminderQueuedAt == null && b.StartsAt <= hourHorizon)))
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var booking in due)
        {
            var hourly = booking.StartsAt <= hourHorizon;
            var remindAt = booking.StartsAt - (hourly ? rules.HourReminder : rules.DayReminder);
            booking.DayReminderQueuedAt ??= now;
            if (hourly)
            {
                booking.HourReminderQueuedAt = now;
            }

            // Booked after the reminder's moment: the confirmation itself was the reminder.
            if (booking.CreatedAt > remindAt)
            {
                continue;
            }

            // Cancelling and moving are offered only while the person may still do them; later, the library's phone.
            var changeable = booking.UserMayChange(now, rules.CancellationDeadline);
            var text = hourly ? CounselingNotices.HourReminder(booking, changeable) : CounselingNotices.DayReminder(booking, changeable);
            db.OutboxMessages.Add(OutboxMessage.Create(booking.BotName!, booking.ChatId!.Value, new OutgoingText(text, Buttons(booking.Id, changeable)), now, OutboxKind.Reminder));
            queued++;
        }

        await db.SaveChangesAsync(cancellationToken);

        return queued;
    }

    /// <summary>
    /// How long before the session each reminder this booking will get comes, earliest first: a reminder whose moment
    /// had passed when the booking was made is not sent (<see cref="QueueDueAsync"/>), so the confirmation promises only the others.
    /// </summary>
    public static IReadOnlyList<TimeSpan> Promised(Booking booking, CounselingOptions rules) =>
        [.. new[] { rules.DayReminder, rules.HourReminder }.Distinct().Where(lead => booking.CreatedAt <= booking.StartsAt - lead).OrderDescending()];

    public static Keyboard Buttons(int bookingId, bool changeable)
    {
        var coming = new KeyboardButton(CounselingNotices.ComingButton, new CallbackData(BookingCallbacks.Feature, BookingCallbacks.Coming, bookingId).ToString());
        return changeable ? Keyboard.Inline([coming], ChangeButtons(bookingId)) : Keyboard.Inline([coming]);
    }

    /// <summary>«تغییر زمان» and «لغو نوبت» on a booking, for reminders and «نوبت‌های من» alike.</summary>
    public static KeyboardButton[] ChangeButtons(int bookingId) =>
    [
        new KeyboardButton(CounselingNotices.MoveButton, new CallbackData(BookingCallbacks.Feature, BookingCallbacks.Move, bookingId).ToString()),
        new KeyboardButton(CounselingNotices.CancelButton, new CallbackData(BookingCallbacks.Feature, BookingCallbacks.Cancel, bookingId).ToString()),
    ];
}
