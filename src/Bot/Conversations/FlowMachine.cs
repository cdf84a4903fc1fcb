using RahZendegi.Bot.MainMenu;
using Stateless;
using Stateless.Reflection;

namespace RahZendegi.Bot.Conversations;

public static class FlowMachine
{
    /// <summary>
    /// A flow's machine, doing what every flow does the same way; the flow then writes its transition table with
    /// <see cref="FlowMachine{TState,TTrigger}.Configure"/>. <paramref name="start"/> is where the flow stands before its
    /// first step: starting fires a trigger from there, so the table shows each way in. <paramref name="back"/> is the
    /// trigger «بازگشت» fires, and <paramref name="question"/> gives each step's question.
    /// </summary>
    public static FlowMachine<TState, TTrigger> Create<TState, TTrigger>(
        FlowContext context, TState start, TTrigger back, Func<TState, Task<Question>> question)
        where TState : struct, Enum
        where TTrigger : struct, Enum =>
        new(context, start, back, question);

    /// <summary>A Stateless machine on the person's stored state; <paramref name="initial"/> while none is stored.</summary>
    public static StateMachine<TState, TTrigger> Stored<TState, TTrigger>(FlowContext context, TState initial)
        where TState : struct, Enum =>
        new(() => Enum.TryParse<TState>(context.Conversation.State, out var state) && Enum.IsDefined(state) ? state : initial,
            state => context.Conversation.State = state.ToString());
}

/// <summary>
/// A flow's Stateless machine: entering a step asks its question; «بازگشت» fires the table's back trigger, or leaves
/// for the main menu where the table has none; input the step cannot read, and a trigger the table does not permit
/// from here, get the same question again with a hint. The flow only answers, with a <see cref="Step{TTrigger}"/>.
/// </summary>
public sealed class FlowMachine<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly StateMachine<TState, TTrigger> machine;
    private readonly FlowContext context;
    private readonly TState start;
    private readonly TTrigger back;
    private readonly Func<TState, Task<Question>> question;

    internal FlowMachine(FlowContext context, TState start, TTrigger back, Func<TState, Task<Question>> question)
    {
        (this.context, this.start, this.back, this.question) = (context, start, back, question);
        machine = FlowMachine.Stored<TState, TTrigger>(context, start);

        // Asked once the transition is complete rather than on entry: a superstate is entered on the way into its
        // substates but is never a step, and every transition ends in a step.
        machine.OnTransitionCompletedAsync(transition => AskAsync(transition.Destination, hint: null));

        // A guard said no (such as «خبرم کن» while moving a booking): to the person, a choice that is not on offer.
        machine.OnUnhandledTriggerAsync((state, _) => AskAsync(state, CommonTexts.ChooseFromButtons));
    }

    public TState State => machine.State;

    public StateMachine<TState, TTrigger>.StateConfiguration Configure(TState state) => machine.Configure(state);

    public StateMachineInfo Describe() => machine.GetInfo();

    /// <summary>Fires a trigger, such as the one from the start state that begins the flow.</summary>
    public Task FireAsync(TTrigger trigger) => machine.FireAsync(trigger);

    /// <summary>
    /// The person's input at the current step. <paramref name="answer"/> reads text (and, where
    /// <paramref name="reads"/> says so, one other kind of input, such as a shared contact).
    /// </summary>
    public async Task HandleAsync(UserInput input, Func<TState, Task<Step<TTrigger>>> answer, Func<TState, InputKind>? reads = null)
    {
        if (EqualityComparer<TState>.Default.Equals(State, start))
        {
            // The stored step is one this version of the flow no longer has.
            await context.FinishAsync(MainMenuTexts.MenuPrompt);
            return;
        }

        if (input.IsText(CommonTexts.Back))
        {
            await (machine.CanFire(back) ? machine.FireAsync(back) : context.FinishAsync(MainMenuTexts.MenuPrompt));
            return;
        }

        if (input.UnreadableHint(reads?.Invoke(State) ?? InputKind.Text) is { } unreadable)
        {
            await AskAsync(State, unreadable);
            return;
        }

        var step = await answer(State);
        if (step.Trigger is { } trigger)
        {
            await machine.FireAsync(trigger);
        }
        else if (step.Hint is { } hint)
        {
            await AskAsync(State, hint);
        }
        else if (step.Farewell is { } farewell)
        {
            await context.FinishAsync(farewell);
        }
    }

    private async Task AskAsync(TState state, string? hint) => context.Ask(await question(state), hint);
}
