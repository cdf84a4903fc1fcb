using RahZendegi.Bot.Conversations;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Persian;
using Stateless.Reflection;

namespace RahZendegi.Bot.Membership;

/// <summary>
/// A member's «عضویت در کتابخانه»: their membership at a glance, its card, and edits of name, phone and library; while a
/// claimed category waits or after it was rejected, a new proof. Each edit is saved through <see cref="MembershipService"/>
/// and returns to the overview.
/// </summary>
public sealed class ManageMembershipFlow(MembershipService membership, LibraryDirectory libraries, MembershipCardFactory cards) : IFlow
{
    public const string FlowName = "ManageMembership";

    internal enum State { Start, Overview, Editing, FullName, Phone, Province, City, Library, Proof }

    internal enum Trigger { Begin, EditName, EditPhone, EditLibrary, SendProof, Next, Saved, Back }

    public string Name => FlowName;

    private FlowMachine<State, Trigger> CreateMachine(FlowContext context, ManageMembershipDraft draft)
    {
        var machine = FlowMachine.Create(context, State.Start, Trigger.Back, state => QuestionAsync(context, draft, state));
        machine.Configure(State.Start).Permit(Trigger.Begin, State.Overview);
        machine.Configure(State.Overview)
            .Permit(Trigger.EditName, State.FullName)
            .Permit(Trigger.EditPhone, State.Phone)
            .Permit(Trigger.EditLibrary, State.Province)
            .Permit(Trigger.SendProof, State.Proof);

        // Every edit returns to the overview once saved, and «بازگشت» from its first question does too.
        machine.Configure(State.Editing).Permit(Trigger.Saved, State.Overview).Permit(Trigger.Back, State.Overview);
        machine.Configure(State.FullName).SubstateOf(State.Editing);
        machine.Configure(State.Phone).SubstateOf(State.Editing);
        machine.Configure(State.Province).SubstateOf(State.Editing).Permit(Trigger.Next, State.City);
        machine.Configure(State.City).SubstateOf(State.Editing).Permit(Trigger.Next, State.Library).Permit(Trigger.Back, State.Province);
        machine.Configure(State.Library).SubstateOf(State.Editing).Permit(Trigger.Back, State.City);
        machine.Configure(State.Proof).SubstateOf(State.Editing);
        return machine;
    }

    public StateMachineInfo Describe() => CreateMachine(FlowContext.ForDescription(FlowName), new ManageMembershipDraft()).Describe();

    public Task StartAsync(FlowContext context, string? payload) =>
        CreateMachine(context, context.Draft<ManageMembershipDraft>()).FireAsync(Trigger.Begin);

    public Task HandleAsync(FlowContext context, UserInput input)
    {
        var draft = context.Draft<ManageMembershipDraft>();
        return CreateMachine(context, draft).HandleAsync(input, state => AnswerAsync(context, draft, state, input),
            state => state switch
            {
                State.Phone => InputKind.Contact,
                State.Proof => InputKind.File,
                _ => InputKind.Text,
            });
    }

    private async Task<Question> QuestionAsync(FlowContext context, ManageMembershipDraft draft, State state) => state switch
    {
        State.FullName => MemberDetails.AskFullName,
        State.Phone => MemberDetails.AskPhone,
        State.Province => await MemberDetails.AskProvinceAsync(libraries, context.Cancellation),
        State.City => await MemberDetails.AskCityAsync(libraries, draft.Province, context.Cancellation),
        State.Library => await MemberDetails.AskLibraryAsync(libraries, draft.Province, draft.City, context.Cancellation),
        State.Proof => Question.Choose(MembershipTexts.AskNewProof, []),
        _ => OverviewQuestion(await MemberAsync(context)),
    };

    private static Question OverviewQuestion(Member? member)
    {
        List<string> buttons = [MembershipTexts.EditNameButton, MembershipTexts.EditPhoneButton, MembershipTexts.EditLibraryButton, MembershipTexts.CardButton];
        if (MayProve(member))
        {
            buttons.Insert(0, MembershipTexts.SendProofButton);
        }

        return Question.Choose(Overview(member), buttons);
    }

    // A claim still waiting, or rejected: a proof (another, or a clearer one) is what moves it.
    private static bool MayProve(Member? member) =>
        member is not null && member.Category.NeedsProof() && member.CategoryStatus is CategoryStatus.Pending or CategoryStatus.Rejected;

    private async Task<Step<Trigger>> AnswerAsync(FlowContext context, ManageMembershipDraft draft, State state, UserInput input)
    {
        var (bot, user, cancellation) = (context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
        var text = input.Text;
        switch (state)
        {
            case State.FullName:
                return MemberDetails.NameHint(text, out var name) is { } nameHint
                    ? Step.Again(nameHint)
                    : Saved(context, await membership.RenameAsync(bot, user, name, cancellation));

            case State.Phone:
                return MemberDetails.PhoneHint(input, out var phone) is { } phoneHint
                    ? Step.Again(phoneHint)
                    : Saved(context, await membership.ChangePhoneAsync(bot, user, phone, cancellation));

            case State.Province:
                return (await MemberDetails.ProvincesAsync(libraries, cancellation)).Answer(text, province => draft.Province = province, Trigger.Next);

            case State.City:
                return (await MemberDetails.CitiesAsync(libraries, draft.Province, cancellation)).Answer(text, city => draft.City = city, Trigger.Next);

            case State.Library:
                return (await MemberDetails.LibrariesAsync(libraries, draft.Province, draft.City, cancellation)).TryMatch(text, out var library)
                    ? Saved(context, await membership.MoveLibraryAsync(bot, user, library, cancellation))
                    : Step.Again(CommonTexts.ChooseFromButtons);

            case State.Proof:
                if (ProofInput.Read(input, out var proofHint) is not { } proof)
                {
                    return Step.Again(input.Kind == InputKind.Text ? MembershipTexts.NewProofExpected : proofHint!);
                }

                context.Reply(await membership.AddProofAsync(bot, user, proof, cancellation) switch
                {
                    ProofOutcome.Added => MembershipTexts.NewProofReceived,
                    ProofOutcome.Reopened => MembershipTexts.NewProofReopened,
                    _ => MembershipTexts.NoProofNeeded,
                });
                return Step.Go(Trigger.Saved);

            default:
                switch (text)
                {
                    case MembershipTexts.EditNameButton:
                        return Step.Go(Trigger.EditName);
                    case MembershipTexts.EditPhoneButton:
                        return Step.Go(Trigger.EditPhone);
                    case MembershipTexts.EditLibraryButton:
                        return Step.Go(Trigger.EditLibrary);
                    case MembershipTexts.SendProofButton:
                        return MayProve(await MemberAsync(context)) ? Step.Go(Trigger.SendProof) : Step.Again(CommonTexts.ChooseFromButtons);
                    case MembershipTexts.CardButton:
                        if (await MemberAsync(context) is { } member)
                        {
                            context.ReplyPhoto(cards.Create(member));
                        }

                        return Step.Done;
                    default:
                        return Step.Again(CommonTexts.ChooseFromButtons);
                }
        }
    }

    /// <summary>Back to the overview, which shows the change (tracked, committed with the update).</summary>
    private static Step<Trigger> Saved(FlowContext context, bool changed)
    {
        if (changed)
        {
            context.Reply(MembershipTexts.Updated);
        }

        return Step.Go(Trigger.Saved);
    }

    private Task<Member?> MemberAsync(FlowContext context) =>
        membership.FindAsync(context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);

    private static string Overview(Member? member) => member is null ? MembershipTexts.ManagePrompt : MembershipTexts.MembershipOverview(
        PersianText.ToPersianDigits(member.MembershipNumber),
        member.FullName,
        member.Library is null ? "" : MembershipTexts.LibraryLine(member.Library.Name, member.Library.City),
        MemberCategoryNames.Of(member.Category),
        member.CategoryStatus switch
        {
            CategoryStatus.Pending => MembershipTexts.StatusPending,
            CategoryStatus.Verified => MembershipTexts.StatusVerified,
            CategoryStatus.Rejected => MembershipTexts.StatusRejected,
            _ => MembershipTexts.StatusNone,
        },
        IranianMobile.Display(member.Phone));
}
