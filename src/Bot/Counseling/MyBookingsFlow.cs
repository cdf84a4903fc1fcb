using Microsoft.Extensions.Options;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Persian;
using Stateless;
using Stateless.Reflection;

namespace RahZendegi.Bot.Counseling;

/// <summary>
/// «نوبت‌های من» and the buttons on bookings (from this list, reminders and staff notices): each future booking
/// with «تغییر زمان» and «لغو»; «می‌آیم» from a reminder. It answers and hands the person back to the menu.
/// </summary>
public sealed class MyBookingsFlow(BookingService bookings, IOptions<CounselingOptions> options) : IFlow
{
    public const string FlowName = "MyBookings";

    internal enum State { List }

    internal enum Trigger { Show }

    public string Name => FlowName;

    public StateMachineInfo Describe()
    {
        var machine = new StateMachine<State, Trigger>(State.List);
        machine.Configure(State.List).PermitReentry(Trigger.Show);
        return machine.GetInfo();
    }

    public async Task StartAsync(FlowContext context, string? payload)
    {
        var (bot, user, cancellation) = (context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
        switch (CallbackData.Parse(payload))
        {
            case { Action: BookingCallbacks.Move, Id: var id }:
                await context.StartFlowAsync(BookSessionFlow.FlowName, BookSessionFlow.MovePrefix + id);
                return;
            case { Action: BookingCallbacks.Rebook, Id: var id }:
                await context.StartFlowAsync(BookSessionFlow.FlowName, BookSessionFlow.RebookPrefix + id);
                return;
            case { Action: BookingCallbacks.Coming, Id: var id }:
                await BackToMenuAsync(context, await bookings.ConfirmComingAsync(id, bot, user, cancellation) ? CounselingTexts.ComingThanks : CounselingTexts.NotActive);
                return;
            case { Action: BookingCallbacks.Take, Id: var id }:
                var taken = await bookings.TakeOfferAsync(id, bot, user, cancellation);
                await BackToMenuAsync(context, taken.Booking is { } booking
                    ? CounselingTexts.Booked(PersianText.ToPersianDigits(booking.TrackingCode), JalaliDate.FormatDateTime(booking.StartsAt), booking.Library?.Name ?? "")
                    : CounselingTexts.OfferGone);
                return;
            case { Action: BookingCallbacks.Cancel, Id: var id }:
                await BackToMenuAsync(context, await CancelAsync(id, bot, user, cancellation));
                return;
        }

        var upcoming = await bookings.UpcomingAsync(bot, user, cancellation);
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

        await BackToMenuAsync(context, upcoming.Count == 0 ? CounselingTexts.NoBookings : MainMenuTexts.MenuPrompt);
    }

    public Task HandleAsync(FlowContext context, UserInput input) => StartAsync(context, null);

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

    private static Task BackToMenuAsync(FlowContext context, string text) =>
        context.StartFlowAsync(MainMenuFlow.FlowName, MainMenuFlow.WithMessage(text));
}
