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
/// «نوبت‌های من», each future booking with «تغییر زمان» and «لغو», and every button on a booking (from this list,
/// reminders and notices): «می‌آیم», «لغو» and «رزرو همین زمان» act and return to the menu; «تغییر زمان» and «انتخاب
/// زمان دیگر» open the booking flow at the day.
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
                await context.StartFlowAsync(BookSessionFlow.FlowName, BookSessionFlow.MovePrefix + id);
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
                await context.FinishAsync(await CancelAsync(id, bot, user, cancellation));
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
            paymentPrompt.Offer(context, payments.OpenedFor(booking), library, PaymentTexts.SessionFor(when, library)));
    }

    private async Task ListAsync(FlowContext context)
    {
        var upcoming = await bookings.UpcomingAsync(context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
        foreach (var booking in upcoming)
        {
            context.Reply(CounselingTexts.BookingCard(
                    JalaliDate.FormatDateTime(booking.StartsAt),
                    booking.Library?.Name ?? "",
                    booking.Counselor?.FullName ?? "",
                    PersianText.ToPersianDigits(booking.TrackingCode)),
                Keyboard.Inline(
                [
                    new KeyboardButton(CounselingNotices.MoveButton, new CallbackData(BookingCallbacks.Feature, BookingCallbacks.Move, booking.Id).ToString()),
                    new KeyboardButton(CounselingNotices.CancelButton, new CallbackData(BookingCallbacks.Feature, BookingCallbacks.Cancel, booking.Id).ToString()),
                ]));
        }

        await context.FinishAsync(upcoming.Count == 0 ? CounselingTexts.NoBookings : MainMenuTexts.MenuPrompt);
    }

    private async Task<string> CancelAsync(int id, string bot, long user, CancellationToken cancellation)
    {
        var booking = await bookings.FindOwnAsync(id, bot, user, cancellation);
        return await bookings.CancelByUserAsync(id, bot, user, cancellation) switch
        {
            CancelOutcome.Cancelled => CounselingTexts.Cancelled,
            CancelOutcome.TooLate => CounselingTexts.TooLateToCancel(
                PersianNumber.Format((long)options.Value.CancellationDeadline.TotalHours),
                booking?.Library?.Name ?? "",
                booking?.Library?.Phone is { } phone ? PersianText.ToPersianDigits(phone) : null),
            _ => CounselingTexts.NotActive,
        };
    }
}
