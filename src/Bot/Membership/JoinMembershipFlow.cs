using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.Payments;
using RahZendegi.Bot.Privacy;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Pricing;
using Stateless.Reflection;

namespace RahZendegi.Bot.Membership;

/// <summary>
/// «عضویت در کتابخانه»: (privacy notice, once) → category → name → national ID → phone → province → city → library
/// → (proof) → summary → confirm. A member who comes here manages their membership instead (<see cref="ManageMembershipFlow"/>).
/// A national ID that already holds a membership (the person joined on the other messenger, or at the desk) asks for
/// their own number by the contact button, and links this account to it (<see cref="MemberAccounts"/>).
/// </summary>
public sealed partial class JoinMembershipFlow(
    MembershipService membership,
    MemberAccounts accounts,
    LibraryDirectory libraries,
    DiscountCodes discountCodes,
    MembershipCardFactory cards,
    PaymentLedger payments,
    PaymentPrompt paymentPrompt,
    ConsentStep consent) : IFlow
{
    public const string FlowName = "Membership";

    internal enum State { Start, Consent, Category, FullName, NationalId, Link, Phone, Province, City, Library, Proof, Summary, DiscountCode }

    internal enum Trigger { Begin, Next, Back, EnterCode, Link }

    public string Name => FlowName;

    private FlowMachine<State, Trigger> CreateMachine(FlowContext context, MembershipDraft draft, bool askConsent = false)
    {
        var machine = FlowMachine.Create(context, State.Start, Trigger.Back, state => QuestionAsync(context, draft, state));
        Func<bool> needsProof = () => draft.Category?.NeedsProof() == true;

        machine.Configure(State.Start)
            .PermitIf(Trigger.Begin, State.Consent, () => askConsent, "privacy notice not agreed yet")
            .PermitIf(Trigger.Begin, State.Category, () => !askConsent, "agreed before");
        machine.Configure(State.Consent).Permit(Trigger.Next, State.Category);
        machine.Configure(State.Category).Permit(Trigger.Next, State.FullName);
        machine.Configure(State.FullName).Permit(Trigger.Next, State.NationalId).Permit(Trigger.Back, State.Category);
        machine.Configure(State.NationalId).Permit(Trigger.Next, State.Phone).Permit(Trigger.Link, State.Link).Permit(Trigger.Back, State.FullName);
        machine.Configure(State.Link).Permit(Trigger.Next, State.Phone).Permit(Trigger.Back, State.NationalId);
        machine.Configure(State.Phone).Permit(Trigger.Next, State.Province).Permit(Trigger.Back, State.NationalId);
        machine.Configure(State.Province).Permit(Trigger.Next, State.City).Permit(Trigger.Back, State.Phone);
        machine.Configure(State.City).Permit(Trigger.Next, State.Library).Permit(Trigger.Back, State.Province);
        machine.Configure(State.Library)
            .PermitIf(Trigger.Next, State.Proof, needsProof, "category to prove")
            .PermitIf(Trigger.Next, State.Summary, () => !needsProof(), "public")
            .Permit(Trigger.Back, State.City);
        machine.Configure(State.Proof).Permit(Trigger.Next, State.Summary).Permit(Trigger.Back, State.Library);
        machine.Configure(State.Summary)
            .Permit(Trigger.EnterCode, State.DiscountCode)
            .PermitIf(Trigger.Back, State.Proof, needsProof, "category to prove")
            .PermitIf(Trigger.Back, State.Library, () => !needsProof(), "public");
        machine.Configure(State.DiscountCode).Permit(Trigger.Next, State.Summary).Permit(Trigger.Back, State.Summary);
        return machine;
    }

    public StateMachineInfo Describe() => CreateMachine(FlowContext.ForDescription(FlowName), new MembershipDraft()).Describe();

    public async Task StartAsync(FlowContext context, string? payload)
    {
        if (await membership.FindAsync(context.Conversation.BotName, context.Conversation.UserId, context.Cancellation) is not null)
        {
            await context.StartFlowAsync(ManageMembershipFlow.FlowName);
            return;
        }

        // Before any personal question: with no library to join yet, the questions would lead nowhere.
        if ((await libraries.ProvincesAsync(context.Cancellation)).Count == 0)
        {
            await context.FinishAsync(MembershipTexts.NoLibrariesYet);
            return;
        }

        await CreateMachine(context, context.Draft<MembershipDraft>(), await consent.NeededAsync(context)).FireAsync(Trigger.Begin);
    }

    public Task HandleAsync(FlowContext context, UserInput input)
    {
        var draft = context.Draft<MembershipDraft>();
        return CreateMachine(context, draft).HandleAsync(input, state => AnswerAsync(context, draft, state, input), Reads);
    }

    /// <summary>Besides text, the phone step reads a shared contact and the proof step a photo or a document.</summary>
    private static InputKind Reads(State state) => state switch
    {
        State.Phone => InputKind.Contact,
        State.Link => InputKind.Contact,
        State.Proof => InputKind.File,
        _ => InputKind.Text,
    };
}
