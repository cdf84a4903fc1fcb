using Microsoft.Extensions.Options;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Pricing;
using Stateless;
using Stateless.Reflection;

namespace RahZendegi.Bot.Counseling;

/// <summary>
/// «رزرو مشاوره»: topic → library → counsellor (or the first free one, with a gender preference) → day → time
/// → summary with this person's price → confirm → tracking code. Also moves an existing booking to a new time.
/// </summary>
public sealed partial class BookSessionFlow(
    BookingService bookings,
    CounselingSchedule schedule,
    DiscountCodes discountCodes,
    SlotWatches watches,
    IOptions<CounselingOptions> options) : IFlow
{
    public const string FlowName = "BookSession";
    public const string MovePrefix = "move:";
    public const string RebookPrefix = "rebook:";

    internal enum State { Topic, Library, Counselor, Day, Time, Summary, DiscountCode, WatchDay }

    internal enum Trigger { Next, Back, EnterCode, Taken, Watch }

    public string Name => FlowName;

    private StateMachine<State, Trigger> CreateMachine(FlowContext context, BookingDraft draft, Func<bool> dayStillHasSlots)
    {
        var machine = new StateMachine<State, Trigger>(
            () => Enum.TryParse<State>(context.Conversation.State, out var state) ? state : State.Topic,
            state => context.Conversation.State = state.ToString());
        Func<bool> moving = () => draft.MovingBookingId is not null;

        machine.Configure(State.Topic).Permit(Trigger.Next, State.Library);
        machine.Configure(State.Library).Permit(Trigger.Next, State.Counselor).Permit(Trigger.Back, State.Topic);
        machine.Configure(State.Counselor).Permit(Trigger.Next, State.Day).Permit(Trigger.Back, State.Library);
        machine.Configure(State.Day)
            .Permit(Trigger.Next, State.Time)
            .PermitIf(Trigger.Watch, State.WatchDay, () => !moving(), "booking")
            .PermitIf(Trigger.Back, State.Counselor, () => !moving(), "booking");
        machine.Configure(State.Time).Permit(Trigger.Next, State.Summary).Permit(Trigger.Back, State.Day);
        machine.Configure(State.Summary)
            .Permit(Trigger.EnterCode, State.DiscountCode)
            .Permit(Trigger.Back, State.Time)
            .PermitDynamic(Trigger.Taken, () => dayStillHasSlots() ? State.Time : State.Day);
        machine.Configure(State.DiscountCode).Permit(Trigger.Next, State.Summary).Permit(Trigger.Back, State.Summary);
        machine.Configure(State.WatchDay).Permit(Trigger.Back, State.Day);

        foreach (var state in Enum.GetValues<State>())
        {
            machine.Configure(state).OnEntryAsync(() => AskAsync(context, draft, state, hint: null), "ask the step's question");
        }

        return machine;
    }

    public StateMachineInfo Describe() =>
        CreateMachine(FlowContext.ForDescription(FlowName), new BookingDraft(), () => true).GetInfo();

    public async Task StartAsync(FlowContext context, string? payload)
    {
        var draft = new BookingDraft();
        var state = State.Topic;
        var bookingId = ParseId(payload, MovePrefix) ?? ParseId(payload, RebookPrefix);
        if (bookingId is { } id && await bookings.FindAnyOwnAsync(id, context.Conversation.BotName, context.Conversation.UserId, context.Cancellation) is { } earlier)
        {
            // Moving or replacing a booking keeps its topic, library and counsellor: the next question is the day.
            (draft.Topic, draft.LibraryId, draft.CounselorId) = (earlier.Topic, earlier.LibraryId, earlier.CounselorId);
            draft.MovingBookingId = payload!.StartsWith(MovePrefix, StringComparison.Ordinal) ? id : null;
            state = State.Day;
        }

        if (draft.MovingBookingId is null)
        {
            var refusal = await bookings.CanBookAsync(context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
            if (refusal != BookingError.None)
            {
                await context.StartFlowAsync(MainMenuFlow.FlowName, MainMenuFlow.WithMessage(RefusalText(refusal)));
                return;
            }
        }

        context.Conversation.State = state.ToString();
        await AskAsync(context, draft, state, hint: null);
        context.SetDraft(draft);
    }

    public async Task HandleAsync(FlowContext context, UserInput input)
    {
        var draft = context.GetDraft<BookingDraft>();
        var dayHasSlots = false;
        var machine = CreateMachine(context, draft, () => dayHasSlots);
        if (input.Kind == InputKind.Text && input.Text == CommonTexts.Back)
        {
            if (await context.GoBackAsync(machine, Trigger.Back))
            {
                context.SetDraft(draft);
            }

            return;
        }

        var step = await AnswerAsync(context, draft, machine.State, input);
        if (step.Done)
        {
            return;
        }

        if (step.Trigger == Trigger.Taken)
        {
            dayHasSlots = (await DaySlotsAsync(context, draft)).Count > 0;
            context.Reply(step.Hint ?? CounselingTexts.SlotTaken);
        }

        if (step.Trigger is { } trigger)
        {
            await machine.FireAsync(trigger);
        }
        else
        {
            await AskAsync(context, draft, machine.State, step.Hint);
        }

        context.SetDraft(draft);
    }

    private static int? ParseId(string? payload, string prefix) =>
        payload is not null && payload.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(payload[prefix.Length..], out var id) ? id : null;

    private string RefusalText(BookingError refusal) => refusal switch
    {
        BookingError.NeedsApproval => CounselingTexts.NeedsApproval,
        _ => CounselingTexts.TooManyBookings(Domain.Persian.PersianNumber.Format(options.Value.MaxFutureBookingsPerUser)),
    };

    /// <summary>What an answer leads to: a trigger, a hint with the same question again, or nothing more.</summary>
    private sealed record Step(Trigger? Trigger, string? Hint, bool Done = false)
    {
        public static Step Go(Trigger trigger) => new(trigger, null);

        public static Step Again(string hint) => new(null, hint);

        public static Step Finished { get; } = new(null, null, Done: true);
    }
}
