using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Pricing;
using RahZendegi.Domain.Workshops;
using Stateless;
using Stateless.Reflection;

namespace RahZendegi.Bot.Workshops;

/// <summary>
/// «کارگاه‌ها و رویدادها»: kind → library (the person's own first) → upcoming programmes with seats left → details
/// with the price for this person → sign up, or join the waiting list when full. Also «ثبت‌نام‌های من», a poster's
/// deep link (<c>/start w12</c>) straight to a programme, and the «تأیید» / «انصراف» buttons on its messages.
/// </summary>
public sealed class EnrollWorkshopFlow(WorkshopService workshops, MembershipService membership, LibraryDirectory libraries) : IFlow
{
    public const string FlowName = "Workshops";
    public const string DeepLinkPrefix = "w";

    internal enum State { Kind, Library, List, Details }

    internal enum Trigger { Next, Back }

    public string Name => FlowName;

    private static StateMachine<State, Trigger> CreateMachine(FlowContext context, Func<State, Task> ask)
    {
        var machine = new StateMachine<State, Trigger>(
            () => Enum.TryParse<State>(context.Conversation.State, out var state) ? state : State.Kind,
            state => context.Conversation.State = state.ToString());
        machine.Configure(State.Kind).Permit(Trigger.Next, State.Library);
        machine.Configure(State.Library).Permit(Trigger.Next, State.List).Permit(Trigger.Back, State.Kind);
        machine.Configure(State.List).Permit(Trigger.Next, State.Details).Permit(Trigger.Back, State.Library);
        machine.Configure(State.Details).Permit(Trigger.Back, State.List);
        foreach (var state in Enum.GetValues<State>())
        {
            machine.Configure(state).OnEntryAsync(() => ask(state), "ask the step's question");
        }

        return machine;
    }

    public StateMachineInfo Describe() => CreateMachine(FlowContext.ForDescription(FlowName), _ => Task.CompletedTask).GetInfo();

    /// <summary>The workshop a deep-link payload points at, if it is one of ours.</summary>
    /// <summary>What «/start» carries for a workshop's poster link: «w42».</summary>
    public static string DeepLinkPayload(int workshopId) => DeepLinkPrefix + workshopId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static int? DeepLinkWorkshop(string? payload) =>
        payload is { Length: > 1 } && payload.StartsWith(DeepLinkPrefix, StringComparison.Ordinal)
        && int.TryParse(payload[DeepLinkPrefix.Length..], out var id) ? id : null;

    public async Task StartAsync(FlowContext context, string? payload)
    {
        var button = CallbackData.Parse(payload);
        if (button is { Feature: WorkshopCallbacks.Feature } && button.Action != WorkshopCallbacks.Open)
        {
            await ActOnButtonAsync(context, button);
            return;
        }

        var draft = new WorkshopDraft();
        var state = State.Kind;
        if ((button?.Id ?? DeepLinkWorkshop(payload)) is { } id)
        {
            (draft.WorkshopId, draft.AnyKind, draft.AnyLibrary) = (id, true, true);
            state = State.Details;
        }

        context.Conversation.State = state.ToString();
        await AskAsync(context, draft, state, hint: null);
        context.SetDraft(draft);
    }

    public async Task HandleAsync(FlowContext context, UserInput input)
    {
        var draft = context.GetDraft<WorkshopDraft>();
        var machine = CreateMachine(context, state => AskAsync(context, draft, state, hint: null));
        if (input.Kind == InputKind.Text && input.Text == CommonTexts.Back)
        {
            if (await context.GoBackAsync(machine, Trigger.Back))
            {
                context.SetDraft(draft);
            }

            return;
        }

        if (input.Kind != InputKind.Text)
        {
            await AskAsync(context, draft, machine.State, input.Kind == InputKind.Callback ? CommonTexts.StaleButton : CommonTexts.UnsupportedMessage);
            return;
        }

        var hint = await AnswerAsync(context, draft, machine.State, input.Text);
        if (context.Conversation.Flow != FlowName)
        {
            return;
        }

        if (hint is null)
        {
            await machine.FireAsync(Trigger.Next);
        }
        else
        {
            await AskAsync(context, draft, machine.State, hint);
        }

        context.SetDraft(draft);
    }

    /// <summary>Reads an answer; null moves on, a text is a hint and the same question again.</summary>
    private async Task<string?> AnswerAsync(FlowContext context, WorkshopDraft draft, State state, string text)
    {
        switch (state)
        {
            case State.Kind:
                if (text == WorkshopTexts.MyRegistrations)
                {
                    await ShowMyRegistrationsAsync(context);
                    return null;
                }

                if (!KindChoices().TryMatch(text, out var kind))
                {
                    return WorkshopTexts.ChooseFromButtons;
                }

                (draft.Kind, draft.AnyKind) = (kind, kind is null);
                return null;
            case State.Library:
                if (!(await LibraryChoicesAsync(context)).TryMatch(text, out var library))
                {
                    return WorkshopTexts.ChooseFromButtons;
                }

                (draft.LibraryId, draft.AnyLibrary) = (library, library is null);
                return null;
            case State.List:
                if (!(await WorkshopChoicesAsync(context, draft)).TryMatch(text, out var workshop))
                {
                    return WorkshopTexts.ChooseFromButtons;
                }

                draft.WorkshopId = workshop;
                return null;
            default:
                if (text is not (WorkshopTexts.SignUpButton or WorkshopTexts.WaitListButton))
                {
                    return WorkshopTexts.ChooseFromButtons;
                }

                await SignUpAsync(context, draft.WorkshopId ?? 0);
                return null;
        }
    }

    private async Task AskAsync(FlowContext context, WorkshopDraft draft, State state, string? hint)
    {
        var (question, options) = state switch
        {
            State.Kind => (WorkshopTexts.AskKind, [.. KindChoices().Labels, WorkshopTexts.MyRegistrations]),
            State.Library => (WorkshopTexts.AskLibrary, (await LibraryChoicesAsync(context)).Labels),
            State.List => await ListAsync(context, draft),
            _ => await DetailsAsync(context, draft),
        };
        context.Ask(question, hint, ChoiceKeyboard.For(options, state == State.List ? 1 : 2));
    }

    private static Choices<WorkshopKind?> KindChoices()
    {
        var choices = new Choices<WorkshopKind?>().Add(WorkshopTexts.AllKinds, null);
        foreach (var (kind, name) in WorkshopKindNames.All)
        {
            choices.Add(name, kind);
        }

        return choices;
    }

    /// <summary>The person's own library first (when they are a member), then all libraries, then each one.</summary>
    private async Task<Choices<int?>> LibraryChoicesAsync(FlowContext context)
    {
        var choices = new Choices<int?>();
        var member = await membership.FindAsync(context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
        if (member?.Library is { } own)
        {
            choices.Add(own.Name, own.Id);
        }

        choices.Add(WorkshopTexts.AllLibraries, null);
        foreach (var library in await libraries.AllAsync(context.Cancellation))
        {
            choices.Add(library.Name, library.Id);
        }

        return choices;
    }

    private async Task<Choices<int>> WorkshopChoicesAsync(FlowContext context, WorkshopDraft draft)
    {
        var choices = new Choices<int>();
        foreach (var listing in await workshops.UpcomingAsync(draft.LibraryId, draft.Kind, context.Cancellation))
        {
            var seats = listing.SeatsLeft > 0 ? WorkshopTexts.SeatsLeft(PersianNumber.Format(listing.SeatsLeft)) : WorkshopTexts.Full;
            choices.Add($"{listing.Workshop.Title} · {JalaliDate.FromUtc(listing.Workshop.StartsAt).Format()} ({seats})", listing.Workshop.Id);
        }

        return choices;
    }

    private async Task<(string, IReadOnlyList<string>)> ListAsync(FlowContext context, WorkshopDraft draft)
    {
        var choices = await WorkshopChoicesAsync(context, draft);
        return (choices.Count == 0 ? WorkshopTexts.NoneUpcoming : WorkshopTexts.AskWorkshop, choices.Labels);
    }

    private async Task<(string, IReadOnlyList<string>)> DetailsAsync(FlowContext context, WorkshopDraft draft)
    {
        var listing = await workshops.DetailsAsync(draft.WorkshopId ?? 0, context.Cancellation);
        if (listing is null)
        {
            return (WorkshopTexts.NotFound, []);
        }

        var workshop = listing.Workshop;
        var quote = await workshops.QuoteAsync(context.Conversation.BotName, context.Conversation.UserId, workshop.Id, context.Cancellation);
        var seats = listing.SeatsLeft > 0
            ? $"{WorkshopTexts.SeatsLeft(PersianNumber.Format(listing.SeatsLeft))} از {PersianNumber.Format(workshop.Capacity)}"
            : WorkshopTexts.Full;
        var text = WorkshopTexts.Details(workshop.Title, workshop.Description ?? "", JalaliDate.FormatDateTime(workshop.StartsAt),
            workshop.Library?.Name ?? "", seats, quote is null ? "" : PriceQuoteText.Describe(quote));
        return !listing.OpenForSignUp
            ? ($"{text}\n\n{WorkshopTexts.Closed}", [])
            : (text, [listing.SeatsLeft > 0 ? WorkshopTexts.SignUpButton : WorkshopTexts.WaitListButton]);
    }

    private async Task SignUpAsync(FlowContext context, int workshopId)
    {
        var listing = await workshops.DetailsAsync(workshopId, context.Cancellation);
        var result = await workshops.SignUpAsync(context.Conversation.BotName, context.Conversation.UserId, context.Conversation.ChatId, workshopId, context.Cancellation);
        var title = listing?.Workshop.Title ?? "";
        var when = listing is null ? "" : JalaliDate.FormatDateTime(listing.Workshop.StartsAt);
        await BackToMenuAsync(context, result.Outcome switch
        {
            SignUpOutcome.Confirmed => WorkshopTexts.Confirmed(title, when),
            SignUpOutcome.Waiting => WorkshopTexts.Waiting(title, PersianNumber.Format(result.WaitingPosition ?? 0)),
            SignUpOutcome.AlreadyRegistered => WorkshopTexts.AlreadyRegistered(title),
            SignUpOutcome.Closed => WorkshopTexts.Closed,
            _ => WorkshopTexts.NotFound,
        });
    }

    private async Task ShowMyRegistrationsAsync(FlowContext context)
    {
        var mine = await workshops.MyRegistrationsAsync(context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
        foreach (var (registration, position) in mine)
        {
            var workshop = registration.Workshop!;
            var status = registration.Status switch
            {
                RegistrationStatus.Waiting => $"{WorkshopTexts.StatusWaiting} (نفر {PersianNumber.Format(position ?? 0)})",
                RegistrationStatus.Offered => WorkshopTexts.StatusOffered,
                _ => WorkshopTexts.StatusConfirmed,
            };
            context.Reply(
                WorkshopTexts.RegistrationCard(workshop.Title, JalaliDate.FormatDateTime(workshop.StartsAt), workshop.Library?.Name ?? "", status),
                Keyboard.Inline([new KeyboardButton(WorkshopNotices.CancelButton,
                    new CallbackData(WorkshopCallbacks.Feature, WorkshopCallbacks.Cancel, registration.Id).ToString())]));
        }

        await BackToMenuAsync(context, mine.Count == 0 ? WorkshopTexts.NoRegistrations : MainMenuTexts.MenuPrompt);
    }

    private async Task ActOnButtonAsync(FlowContext context, CallbackData action)
    {
        var (bot, user, cancellation) = (context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
        var text = action.Action switch
        {
            WorkshopCallbacks.Confirm => (await workshops.ConfirmOfferAsync(action.Id, bot, user, cancellation)) switch
            {
                { Outcome: ConfirmOfferOutcome.Confirmed, Registration.Workshop: { } workshop } =>
                    WorkshopTexts.Confirmed(workshop.Title, JalaliDate.FormatDateTime(workshop.StartsAt)),
                { Outcome: ConfirmOfferOutcome.Expired } => WorkshopTexts.OfferGone,
                _ => WorkshopTexts.NotActive,
            },
            WorkshopCallbacks.Cancel => await workshops.CancelAsync(action.Id, bot, user, cancellation) == WorkshopCancelOutcome.Cancelled
                ? WorkshopTexts.Cancelled
                : WorkshopTexts.NotActive,
            _ => CommonTexts.StaleButton,
        };
        await BackToMenuAsync(context, text);
    }

    private static Task BackToMenuAsync(FlowContext context, string text) =>
        context.StartFlowAsync(MainMenuFlow.FlowName, MainMenuFlow.WithMessage(text));
}
