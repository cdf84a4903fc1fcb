using Microsoft.Extensions.Options;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.Payments;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Pricing;
using Stateless.Reflection;

namespace RahZendegi.Bot.Counseling;

/// <summary>
/// «رزرو مشاوره»: topic → library → counsellor (or «هر مشاوری», with a gender preference) → day → time
/// → summary with this person's price → confirm → tracking code. Also moves an existing booking to a new time.
/// </summary>
public sealed partial class BookSessionFlow(
    BookingService bookings,
    CounselingSchedule schedule,
    DiscountCodes discountCodes,
    SlotWatches watches,
    PaymentLedger payments,
    PaymentPrompt paymentPrompt,
    IOptions<CounselingOptions> options,
    IOptions<EmergencyLinesOptions> emergencyLines) : IFlow
{
    public const string FlowName = "BookSession";
    public const string MovePrefix = "move:";
    public const string RebookPrefix = "rebook:";

    internal enum State { Start, Topic, Library, Counselor, Day, Time, Summary, DiscountCode, WatchDay }

    internal enum Trigger { Book, Rebook, Next, Back, EnterCode, Taken, Watch }

    public string Name => FlowName;

    private FlowMachine<State, Trigger> CreateMachine(FlowContext context, BookingDraft draft)
    {
        var machine = FlowMachine.Create(context, State.Start, Trigger.Back, state => QuestionAsync(context, draft, state));
        Func<bool> booking = () => draft.MovingBookingId is null;

        // Moving or replacing a booking keeps its topic, library and counsellor, so it begins at the day.
        machine.Configure(State.Start).Permit(Trigger.Book, State.Topic).Permit(Trigger.Rebook, State.Day);
        machine.Configure(State.Topic).Permit(Trigger.Next, State.Library);
        machine.Configure(State.Library).Permit(Trigger.Next, State.Counselor).Permit(Trigger.Back, State.Topic);
        machine.Configure(State.Counselor).Permit(Trigger.Next, State.Day).Permit(Trigger.Back, State.Library);
        machine.Configure(State.Day)
            .Permit(Trigger.Next, State.Time)
            .PermitIf(Trigger.Watch, State.WatchDay, booking, "booking")
            .PermitIf(Trigger.Back, State.Counselor, booking, "booking");
        machine.Configure(State.Time).Permit(Trigger.Next, State.Summary).Permit(Trigger.Back, State.Day);
        machine.Configure(State.Summary)
            .PermitIf(Trigger.EnterCode, State.DiscountCode, booking, "booking")
            .Permit(Trigger.Back, State.Time)
            // The time went to someone else as the person confirmed: the day's other times, else the days again.
            .PermitIf(Trigger.Taken, State.Time, () => draft.Day is not null, "the day has other times")
            .PermitIf(Trigger.Taken, State.Day, () => draft.Day is null, "the day is full");
        machine.Configure(State.DiscountCode).Permit(Trigger.Next, State.Summary).Permit(Trigger.Back, State.Summary);
        machine.Configure(State.WatchDay).Permit(Trigger.Back, State.Day);
        return machine;
    }

    public StateMachineInfo Describe() => CreateMachine(FlowContext.ForDescription(FlowName), new BookingDraft()).Describe();

    public async Task StartAsync(FlowContext context, string? payload)
    {
        var draft = context.Draft<BookingDraft>();
        var rebooking = await KeepEarlierAsync(context, draft, payload);
        if (draft.MovingBookingId is null && await RefusalAsync(context) is { } refusal)
        {
            await context.FinishAsync($"{refusal}\n\n{EmergencyLines}");
            return;
        }

        // No screen that can only lead back: with no counselling anywhere, or no other time to move to, it says so at once.
        if (!rebooking && (await schedule.TopicsOfferedAsync(context.Cancellation)).Count == 0)
        {
            await context.FinishAsync($"{CounselingTexts.NoCounselingYet}\n\n{EmergencyLines}");
            return;
        }

        if (draft.MovingBookingId is not null && (await DayChoicesAsync(context, draft)).Count == 0)
        {
            await context.FinishAsync(CounselingTexts.NoOtherTimes);
            return;
        }

        await CreateMachine(context, draft).FireAsync(rebooking ? Trigger.Rebook : Trigger.Book);
    }

    /// <summary>Where to turn now: said on entering, before the first booking question, and where booking stops short.</summary>
    private string EmergencyLines => CounselingTexts.EmergencyLines(emergencyLines.Value.SocialEmergency, emergencyLines.Value.WelfareCounseling);

    public Task HandleAsync(FlowContext context, UserInput input)
    {
        var draft = context.Draft<BookingDraft>();
        return CreateMachine(context, draft).HandleAsync(input, state => AnswerAsync(context, draft, state, input));
    }

    /// <summary>With «move:12» or «rebook:12» for one of this person's bookings, takes its topic, library and counsellor.</summary>
    private async Task<bool> KeepEarlierAsync(FlowContext context, BookingDraft draft, string? payload)
    {
        var id = ParseId(payload, MovePrefix) ?? ParseId(payload, RebookPrefix);
        if (id is null || await bookings.FindAnyOwnAsync(id.Value, context.Conversation.BotName, context.Conversation.UserId, context.Cancellation) is not { } earlier)
        {
            return false;
        }

        (draft.Topic, draft.LibraryId, draft.CounselorId) = (earlier.Topic, earlier.LibraryId, earlier.CounselorId);
        draft.MovingBookingId = payload!.StartsWith(MovePrefix, StringComparison.Ordinal) ? id : null;
        return true;
    }

    private async Task<string?> RefusalAsync(FlowContext context)
    {
        var refusal = await bookings.CanBookAsync(context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
        return refusal == BookingError.None ? null : await RefusalTextAsync(context, refusal);
    }

    private static int? ParseId(string? payload, string prefix) =>
        payload is not null && payload.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(payload[prefix.Length..], out var id) ? id : null;

    private async Task<string> RefusalTextAsync(FlowContext context, BookingError refusal)
    {
        if (refusal != BookingError.NeedsApproval)
        {
            return CounselingTexts.TooManyBookings(PersianNumber.Format(options.Value.MaxFutureBookingsPerUser));
        }

        var library = await bookings.NoShowLibraryAsync(context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
        return CounselingTexts.NeedsApproval(library?.Name, library?.Phone is { Length: > 0 } phone ? PersianText.ToPersianDigits(phone) : null);
    }
}
