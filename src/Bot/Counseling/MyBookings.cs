using Microsoft.Extensions.Options;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Bot.Payments;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Bot.Counseling;

/// <summary>
/// «نوبت‌های من», each future booking with «تغییر زمان» and «لغو نوبت» while the cancellation deadline allows them,
/// and every button on a booking (from this list, reminders and notices): «می‌آیم» and «رزرو همین زمان» act and return
/// to the menu; «لغو نوبت» asks «آیا مطمئن هستید؟» first and says what becomes of the payment; «تغییر زمان» and
/// «انتخاب زمان دیگر» open the booking flow at the day.
/// </summary>
public sealed class MyBookings(BookingService bookings, PaymentLedger payments, PaymentPrompt paymentPrompt, IOptions<CounselingOptions> options)
    : IButtonHandler
{
    public const string HandlerName = "MyBookings";

    public string Name => HandlerName;

    public async Task PressAsync(FlowContext context, string? callbackData)
    {
        var (bot, user, cancellation) = (context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
        switch (CallbackData.Parse(callbackData))
        {
            case { Action: BookingCallbacks.Move, Id: var id }:
                await MoveAsync(context, id);
                return;
            case { Action: BookingCallbacks.Rebook, Id: var id }:
                await context.StartFlowAsync(BookSessionFlow.FlowName, BookSessionFlow.RebookPrefix + id);
                return;
            case { Action: BookingCallbacks.Coming, Id: var id }:
                await context.FinishAsync(await bookings.ConfirmComingAsync(id, bot, user, cancellation) ? CounselingTexts.ComingThanks : CounselingTexts.NotActive);
                return;
            case { Action: BookingCallbacks.Take, Id: var id }:
                var taken = await bookings.TakeOfferAsync(id, bot, user, cancellation);
                await context.FinishAsync(taken.Booking is { } booking ? Booked(context, booking) : CounselingTexts.OfferGone);
                return;
            case { Action: BookingCallbacks.Cancel, Id: var id }:
                await AskCancelAsync(context, id);
                return;
            case { Action: BookingCallbacks.CancelConfirmed, Id: var id }:
                await context.FinishAsync(await CancelAsync(id, bot, user, cancellation));
                return;
            case { Action: BookingCallbacks.Keep, Id: var id }:
                await context.FinishAsync(await bookings.FindOwnAsync(id, bot, user, cancellation) is null ? CounselingTexts.NotActive : CounselingTexts.Kept);
                return;
            default:
                await ListAsync(context);
                return;
        }
    }

    private string Booked(FlowContext context, Booking booking)
    {
        var (when, library) = (JalaliDate.FormatDateTime(booking.StartsAt), booking.Library?.Name ?? "");
        return CounselingTexts.Booked(PersianText.ToPersianDigits(booking.TrackingCode), when, library,
            CounselingTexts.Reminders(BookingReminders.Promised(booking, options.Value)),
            paymentPrompt.Offer(context, payments.OpenedFor(booking), library, PaymentTexts.SessionFor(when, library)));
    }

    private async Task ListAsync(FlowContext context)
    {
        var upcoming = await bookings.UpcomingAsync(context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
        foreach (var booking in upcoming)
        {
            var changeable = bookings.UserMayChange(booking);
            var card = CounselingTexts.BookingCard(
                JalaliDate.FormatDateTime(booking.StartsAt),
                booking.Library?.Name ?? "",
                booking.Counselor?.FullName ?? "",
                PersianText.ToPersianDigits(booking.TrackingCode));
            // Past the deadline the card offers no button that could only refuse: it says whom to call instead.
            context.Reply(changeable ? card : $"{card}\n{TooLate(booking)}",
                changeable ? Keyboard.Inline(BookingReminders.ChangeButtons(booking.Id)) : null);
        }

        await context.FinishAsync(upcoming.Count == 0 ? CounselingTexts.NoBookings : MainMenuTexts.MenuPrompt);
    }

    /// <summary>A move past the cancellation deadline is refused before the days are shown, as a cancellation is.</summary>
    private async Task MoveAsync(FlowContext context, int id)
    {
        var booking = await bookings.FindOwnAsync(id, context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
        if (booking is not null && !bookings.UserMayChange(booking))
        {
            await context.FinishAsync(TooLate(booking));
            return;
        }

        await context.StartFlowAsync(BookSessionFlow.FlowName, BookSessionFlow.MovePrefix + id);
    }

    /// <summary>«لغو نوبت»: nothing is cancelled yet; the question says what follows, the payment included.</summary>
    private async Task AskCancelAsync(FlowContext context, int id)
    {
        var booking = await bookings.FindOwnAsync(id, context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
        if (booking is null)
        {
            await context.FinishAsync(CounselingTexts.NotActive);
            return;
        }

        if (!bookings.UserMayChange(booking))
        {
            await context.FinishAsync(TooLate(booking));
            return;
        }

        var library = booking.Library?.Name ?? "";
        context.Reply(
            CounselingTexts.AskCancel(JalaliDate.FormatDateTime(booking.StartsAt), library,
                PaymentAfterCancel(await payments.ForBookingAsync(booking.Id, context.Cancellation), library)),
            Keyboard.Inline(
            [
                new KeyboardButton(CounselingTexts.ConfirmCancelButton, new CallbackData(BookingCallbacks.Feature, BookingCallbacks.CancelConfirmed, id).ToString()),
                new KeyboardButton(CounselingTexts.KeepButton, new CallbackData(BookingCallbacks.Feature, BookingCallbacks.Keep, id).ToString()),
            ]));
    }

    private async Task<string> CancelAsync(int id, string bot, long user, CancellationToken cancellation)
    {
        var booking = await bookings.FindOwnAsync(id, bot, user, cancellation);
        // Read before the cancellation closes it: what was paid is what is given back.
        var payment = booking is null ? null : await payments.ForBookingAsync(booking.Id, cancellation);
        var paid = payment is { Status: PaymentStatus.Paid };
        return await bookings.CancelByUserAsync(id, bot, user, cancellation) switch
        {
            CancelOutcome.Cancelled => paid
                ? $"{CounselingTexts.Cancelled}\n{CounselingTexts.RefundAtDesk(Money.FormatToman(payment!.DueRials), booking!.Library?.Name ?? "")}"
                : CounselingTexts.Cancelled,
            CancelOutcome.TooLate => TooLate(booking),
            _ => CounselingTexts.NotActive,
        };
    }

    /// <summary>What the refund rule (<see cref="PaymentLedger.CloseForBookingAsync"/>) does to this booking's payment.</summary>
    private static string PaymentAfterCancel(Payment? payment, string library) => payment switch
    {
        { Status: PaymentStatus.Paid } => CounselingTexts.RefundAtDesk(Money.FormatToman(payment.DueRials), library),
        { Status: PaymentStatus.Due, ProviderChargeId: not null } => CounselingTexts.RefundIfConfirmed(library),
        _ => CounselingTexts.NothingPaid,
    };

    private string TooLate(Booking? booking) => CounselingTexts.TooLateToCancel(booking, options.Value.CancellationDeadline);
}
