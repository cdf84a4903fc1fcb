using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Pricing;
using Stateless;
using Stateless.Reflection;

namespace RahZendegi.Bot.Membership;

/// <summary>
/// «عضویت در کتابخانه»: category → name → national ID → phone → province → city → library → (proof) → summary
/// → confirm; or, for a member, their membership with edits of name, phone and library.
/// </summary>
public sealed partial class JoinMembershipFlow(
    MembershipService membership,
    LibraryDirectory libraries,
    DiscountCodes discountCodes,
    MembershipCardFactory cards) : IFlow
{
    public const string FlowName = "Membership";

    internal enum State { Category, FullName, NationalId, Phone, Province, City, Library, Proof, Summary, DiscountCode, Manage }

    internal enum Trigger { Next, Back, EnterCode, EditName, EditPhone, EditLibrary }

    public string Name => FlowName;

    private StateMachine<State, Trigger> CreateMachine(FlowContext context, MembershipDraft draft)
    {
        var machine = new StateMachine<State, Trigger>(
            () => Enum.TryParse<State>(context.Conversation.State, out var state) ? state : State.Category,
            state => context.Conversation.State = state.ToString());
        Func<bool> joining = () => !draft.Editing, editing = () => draft.Editing;

        machine.Configure(State.Category)
            .Permit(Trigger.Next, State.FullName);
        machine.Configure(State.FullName)
            .PermitIf(Trigger.Next, State.NationalId, joining, "joining")
            .PermitIf(Trigger.Next, State.Manage, editing, "editing")
            .PermitIf(Trigger.Back, State.Category, joining, "joining")
            .PermitIf(Trigger.Back, State.Manage, editing, "editing");
        machine.Configure(State.NationalId)
            .Permit(Trigger.Next, State.Phone)
            .Permit(Trigger.Back, State.FullName);
        machine.Configure(State.Phone)
            .PermitIf(Trigger.Next, State.Province, joining, "joining")
            .PermitIf(Trigger.Next, State.Manage, editing, "editing")
            .PermitIf(Trigger.Back, State.NationalId, joining, "joining")
            .PermitIf(Trigger.Back, State.Manage, editing, "editing");
        machine.Configure(State.Province)
            .Permit(Trigger.Next, State.City)
            .PermitIf(Trigger.Back, State.Phone, joining, "joining")
            .PermitIf(Trigger.Back, State.Manage, editing, "editing");
        machine.Configure(State.City)
            .Permit(Trigger.Next, State.Library)
            .Permit(Trigger.Back, State.Province);
        machine.Configure(State.Library)
            .PermitIf(Trigger.Next, State.Proof, () => joining() && NeedsProof(draft), "joining, category to prove")
            .PermitIf(Trigger.Next, State.Summary, () => joining() && !NeedsProof(draft), "joining, public")
            .PermitIf(Trigger.Next, State.Manage, editing, "editing")
            .Permit(Trigger.Back, State.City);
        machine.Configure(State.Proof)
            .Permit(Trigger.Next, State.Summary)
            .Permit(Trigger.Back, State.Library);
        machine.Configure(State.Summary)
            .Permit(Trigger.EnterCode, State.DiscountCode)
            .PermitIf(Trigger.Back, State.Proof, () => NeedsProof(draft), "category to prove")
            .PermitIf(Trigger.Back, State.Library, () => !NeedsProof(draft), "public");
        machine.Configure(State.DiscountCode)
            .Permit(Trigger.Next, State.Summary)
            .Permit(Trigger.Back, State.Summary);
        machine.Configure(State.Manage)
            .Permit(Trigger.EditName, State.FullName)
            .Permit(Trigger.EditPhone, State.Phone)
            .Permit(Trigger.EditLibrary, State.Province);

        // Entering any step asks its question; the member's overview is a step too.
        foreach (var state in Enum.GetValues<State>())
        {
            machine.Configure(state).OnEntryAsync(() => AskAsync(context, draft, state, hint: null), "ask the step's question");
        }

        return machine;
    }

    private static bool NeedsProof(MembershipDraft draft) => draft.Category?.NeedsProof() == true;

    public StateMachineInfo Describe() =>
        CreateMachine(FlowContext.ForDescription(FlowName), new MembershipDraft()).GetInfo();

    public async Task StartAsync(FlowContext context, string? payload)
    {
        var member = await membership.FindAsync(context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
        var draft = new MembershipDraft();
        var state = member is null ? State.Category : State.Manage;
        context.Conversation.State = state.ToString();
        await AskAsync(context, draft, state, hint: null);
        context.SetDraft(draft);
    }

    public async Task HandleAsync(FlowContext context, UserInput input)
    {
        var draft = context.GetDraft<MembershipDraft>();
        var machine = CreateMachine(context, draft);
        if (input.Kind == InputKind.Text && input.Text == CommonTexts.Back)
        {
            if (await context.GoBackAsync(machine, Trigger.Back))
            {
                context.SetDraft(draft);
            }

            return;
        }

        var step = await AnswerAsync(context, draft, machine.State, input);
        if (step == Step.Done)
        {
            return;
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

    /// <summary>What an answer leads to: a trigger to fire, or a hint and the same question again.</summary>
    private sealed record Step(Trigger? Trigger, string? Hint)
    {
        public static Step Go(Trigger trigger) => new(trigger, null);

        public static Step Again(string hint) => new(null, hint);

        /// <summary>The answer finished the flow itself (it moved to another flow); nothing more to do.</summary>
        public static Step Done { get; } = new(null, null);
    }
}
