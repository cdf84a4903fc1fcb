using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.Payments;
using RahZendegi.Domain.Payments;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Pricing;
using RahZendegi.Domain.Workshops;
using Stateless.Reflection;

namespace RahZendegi.Bot.Workshops;

/// <summary>
/// «کارگاه‌ها و رویدادها»: kind → library (the person's own first) → upcoming programmes with seats left → details
/// with the price for this person → sign up, or join the waiting list when full. Also «ثبت‌نام‌های من», and a poster's
/// deep link (<c>/start w12</c>) or an announcement's button straight to a programme.
/// </summary>
public sealed class EnrollWorkshopFlow(
    WorkshopService workshops, MembershipService membership, LibraryDirectory libraries, PaymentLedger payments, PaymentPrompt paymentPrompt,
    DiscountCodes discountCodes, SubscriptionService subscriptions) : IFlow
{
    public const string FlowName = "Workshops";
    public const string DeepLinkPrefix = "w";

    internal enum State { Start, Kind, Library, List, Details, DiscountCode }

    internal enum Trigger { Browse, Open, Next, Back, EnterCode }

    public string Name => FlowName;

    private FlowMachine<State, Trigger> CreateMachine(FlowContext context, WorkshopDraft draft)
    {
        var machine = FlowMachine.Create(context, State.Start, Trigger.Back, state => QuestionAsync(context, draft, state));
        machine.Configure(State.Start).Permit(Trigger.Browse, State.Kind).Permit(Trigger.Open, State.Details);
        machine.Configure(State.Kind).Permit(Trigger.Next, State.Library);
        machine.Configure(State.Library).Permit(Trigger.Next, State.List).Permit(Trigger.Back, State.Kind);
        machine.Configure(State.List).Permit(Trigger.Next, State.Details).Permit(Trigger.Back, State.Library);
        machine.Configure(State.Details).Permit(Trigger.Back, State.List).Permit(Trigger.EnterCode, State.DiscountCode);
        machine.Configure(State.DiscountCode).Permit(Trigger.Next, State.Details).Permit(Trigger.Back, State.Details);
        return machine;
    }

    public StateMachineInfo Describe() => CreateMachine(FlowContext.ForDescription(FlowName), new WorkshopDraft()).Describe();

    /// <summary>What «/start» carries for a workshop's poster link: «w42».</summary>
    public static string DeepLinkPayload(int workshopId) => DeepLinkPrefix + workshopId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The workshop a deep-link payload points at, if it is one of ours.</summary>
    public static int? DeepLinkWorkshop(string? payload) =>
        payload is { Length: > 1 } && payload.StartsWith(DeepLinkPrefix, StringComparison.Ordinal)
        && int.TryParse(payload[DeepLinkPrefix.Length..], out var id) ? id : null;

    public async Task StartAsync(FlowContext context, string? payload)
    {
        var draft = context.Draft<WorkshopDraft>();
        if (DeepLinkWorkshop(payload) is { } id)
        {
            // Opened from a poster or an announcement: «بازگشت» lists every upcoming programme.
            (draft.WorkshopId, draft.AnyKind, draft.AnyLibrary) = (id, true, true);
        }

        await CreateMachine(context, draft).FireAsync(draft.WorkshopId is null ? Trigger.Browse : Trigger.Open);
    }

    public Task HandleAsync(FlowContext context, UserInput input)
    {
        var draft = context.Draft<WorkshopDraft>();
        return CreateMachine(context, draft).HandleAsync(input, state => AnswerAsync(context, draft, state, input.Text));
    }

    private async Task<Step<Trigger>> AnswerAsync(FlowContext context, WorkshopDraft draft, State state, string text) => state switch
    {
        State.Kind when text == WorkshopTexts.MyRegistrations => Step.Finish(await MyRegistrationsAsync(context)),
        State.Kind => KindChoices().Answer(text, kind => (draft.Kind, draft.AnyKind) = (kind, kind is null), Trigger.Next),
        State.Library => (await LibraryChoicesAsync(context)).Answer(text, library => (draft.LibraryId, draft.AnyLibrary) = (library, library is null), Trigger.Next),
        State.List => (await WorkshopChoicesAsync(context, draft)).Answer(text, workshop => draft.WorkshopId = workshop, Trigger.Next),
        State.DiscountCode => await DiscountCodeStep.AnswerAsync(discountCodes, ServiceKind.Workshop, context, text, code => draft.DiscountCode = code, Trigger.Next),
        State.Details when text == CommonTexts.DiscountCodeButton => Step.Go(Trigger.EnterCode),
        State.List or State.Details when text == WorkshopTexts.SubscribeButton => Step.Finish(await SubscribeAsync(context, draft, state)),
        State.List or State.Details when text == CommonTexts.MainMenu => Step.Finish(MainMenuTexts.MenuPrompt),
        _ when text is WorkshopTexts.SignUpButton or WorkshopTexts.WaitListButton => await SignUpAsync(context, draft),
        _ => Step.Again(CommonTexts.ChooseFromButtons),
    };

    private async Task<Question> QuestionAsync(FlowContext context, WorkshopDraft draft, State state) => state switch
    {
        State.Kind => Question.Choose(WorkshopTexts.AskKind, [.. KindChoices().Labels, WorkshopTexts.MyRegistrations]),
        State.Library => Question.Choose(WorkshopTexts.AskLibrary, (await LibraryChoicesAsync(context)).Labels),
        State.List => await ListAsync(context, draft),
        State.DiscountCode => DiscountCodeStep.Ask,
        _ => await DetailsAsync(context, draft),
    };

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
        var member = await membership.FindAsync(context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
        (string, int?)[] first = member?.Library is { } own ? [(own.Name, own.Id), (WorkshopTexts.AllLibraries, null)] : [(WorkshopTexts.AllLibraries, null)];
        return await LibraryChoices.AllAsync(libraries, context.Cancellation, first);
    }

    private async Task<Choices<int>> WorkshopChoicesAsync(FlowContext context, WorkshopDraft draft)
    {
        var choices = new Choices<int>();
        foreach (var listing in (await UpcomingAsync(context, draft)).Open)
        {
            choices.Add(WorkshopTexts.Row(listing.Workshop.Title, JalaliDate.FromUtc(listing.Workshop.StartsAt), full: listing.SeatsLeft <= 0), listing.Workshop.Id);
        }

        return choices;
    }

    /// <summary>Only what this person may take is listed; the rest are counted, to say why the list is short.</summary>
    private Task<(IReadOnlyList<WorkshopListing> Open, int OnlyForOthers)> UpcomingAsync(FlowContext context, WorkshopDraft draft) =>
        workshops.UpcomingForAsync(context.Conversation.BotName, context.Conversation.UserId, draft.LibraryId, draft.Kind, context.Cancellation);

    private async Task<Question> ListAsync(FlowContext context, WorkshopDraft draft)
    {
        var choices = await WorkshopChoicesAsync(context, draft);
        var hidden = (await UpcomingAsync(context, draft)).OnlyForOthers;
        var text = choices.Count > 0 ? WorkshopTexts.AskWorkshop : hidden > 0 ? WorkshopTexts.OnlyOtherGroups : WorkshopTexts.NoneUpcoming;
        if (choices.Count > 0 && hidden > 0)
        {
            text = $"{WorkshopTexts.SomeForOtherGroups(PersianNumber.Format(hidden))}\n{text}";
        }

        return Question.Choose(text, choices.Count > 0 ? choices.Labels : NothingHereOffers, 1);
    }

    /// <summary>Where a screen has nothing to sign up for: hearing of the next programme, or the menu.</summary>
    private static readonly string[] NothingHereOffers = [WorkshopTexts.SubscribeButton, CommonTexts.MainMenu];

    /// <summary>
    /// Subscribes the person to announcements of what they were looking for: the programme's own kind and library on its
    /// page, otherwise the kind and library chosen (every workshop topic for «همهٔ برنامه‌ها»; their own library kept for
    /// «همهٔ کتابخانه‌ها»).
    /// </summary>
    private async Task<string> SubscribeAsync(FlowContext context, WorkshopDraft draft, State state)
    {
        var workshop = state == State.Details ? (await workshops.DetailsAsync(draft.WorkshopId ?? 0, context.Cancellation))?.Workshop : null;
        var (kind, libraryId) = workshop is null ? (draft.Kind, draft.LibraryId) : (workshop.Kind, workshop.LibraryId);
        var topics = kind is { } one
            ? AnnouncementTopics.ForWorkshop(one)
            : WorkshopKindNames.All.Aggregate(AnnouncementTopic.None, (all, k) => all | AnnouncementTopics.ForWorkshop(k.Kind));
        var (bot, user, chat) = (context.Conversation.BotName, context.Conversation.UserId, context.Conversation.ChatId);
        var subscription = await subscriptions.SubscribeAsync(bot, user, chat, topics, libraryId, context.Cancellation);
        var library = subscription.LibraryId is { } id ? (await libraries.FindAsync(id, context.Cancellation))?.Name : null;
        return WorkshopTexts.Subscribed(kind is { } k2 ? WorkshopKindNames.Of(k2) : WorkshopTexts.AllKinds, library);
    }

    private async Task<Question> DetailsAsync(FlowContext context, WorkshopDraft draft)
    {
        var listing = await workshops.DetailsAsync(draft.WorkshopId ?? 0, context.Cancellation);
        if (listing is null)
        {
            return Question.Choose(WorkshopTexts.NotFound, NothingHereOffers, 1);
        }

        var workshop = listing.Workshop;
        var quote = await workshops.QuoteAsync(context.Conversation.BotName, context.Conversation.UserId, workshop.Id, context.Cancellation, draft.DiscountCode);
        var seats = listing.SeatsLeft > 0
            ? WorkshopTexts.SeatsLeftOf(PersianNumber.Format(listing.SeatsLeft), PersianNumber.Format(workshop.Capacity))
            : WorkshopTexts.Full;
        var text = WorkshopTexts.Details(workshop.Title, workshop.Description ?? "", JalaliDate.FormatDateTime(workshop.StartsAt),
            workshop.Library?.Name ?? "", seats, quote is null ? "" : PriceQuoteText.Describe(quote));
        if (listing.OpenForSignUp
            && await workshops.EligibilityAsync(context.Conversation.BotName, context.Conversation.UserId, workshop, context.Cancellation) is { Open: false } eligibility)
        {
            // Says who may take it, instead of a price and a button this person cannot use.
            var why = WorkshopTexts.OnlyFor(string.Join("، ", eligibility.OpenGroups.Select(MemberCategoryNames.Of)));
            return Question.Choose(WorkshopTexts.DetailsWithoutPrice(workshop.Title, workshop.Description ?? "", JalaliDate.FormatDateTime(workshop.StartsAt),
                workshop.Library?.Name ?? "", seats) + $"\n\n{why}" + (eligibility.OnceVerified ? $"\n{WorkshopTexts.OnceVerified}" : ""),
                NothingHereOffers, 1);
        }

        return !listing.OpenForSignUp
            ? Question.Choose($"{text}\n\n{WorkshopTexts.Closed}", NothingHereOffers, 1)
            : listing.SeatsLeft > 0 && quote is { BaseRials: > 0 } && draft.DiscountCode is null
                // A code pays for a seat: a waiting place has nothing to pay yet, and a free programme nothing to discount.
                ? Question.Choose(text, [WorkshopTexts.SignUpButton, CommonTexts.DiscountCodeButton], 1)
                : Question.Choose(text, [listing.SeatsLeft > 0 ? WorkshopTexts.SignUpButton : WorkshopTexts.WaitListButton]);
    }

    /// <summary>Signs the person up (or onto the waiting list) and says so; a code used up meanwhile is forgotten and the details shown again.</summary>
    private async Task<Step<Trigger>> SignUpAsync(FlowContext context, WorkshopDraft draft)
    {
        var workshopId = draft.WorkshopId ?? 0;
        var listing = await workshops.DetailsAsync(workshopId, context.Cancellation);
        var result = await workshops.SignUpAsync(context.Conversation.BotName, context.Conversation.UserId, context.Conversation.ChatId, workshopId,
            context.Cancellation, draft.DiscountCode);
        if (result.Outcome == SignUpOutcome.CodeUsedUp)
        {
            draft.DiscountCode = null;
            return Step.Again(DiscountCodeStep.UsedUpHint);
        }

        return Step.Finish(SignedUpText(context, listing, result));
    }

    private string SignedUpText(FlowContext context, WorkshopListing? listing, SignUpResult result)
    {
        var title = listing?.Workshop.Title ?? "";
        var when = listing is null ? "" : JalaliDate.FormatDateTime(listing.Workshop.StartsAt);
        var library = listing?.Workshop.Library?.Name ?? "";
        return result.Outcome switch
        {
            SignUpOutcome.Confirmed => WorkshopTexts.Confirmed(title, when, paymentPrompt.Offer(
                context, payments.OpenedFor(result.Registration!), library, PaymentTexts.SeatFor(title, when, library))),
            SignUpOutcome.Waiting => WorkshopTexts.Waiting(title, PersianNumber.Format(result.WaitingPosition ?? 0)),
            SignUpOutcome.AlreadyRegistered => WorkshopTexts.AlreadyRegistered(title),
            SignUpOutcome.Closed => WorkshopTexts.Closed,
            SignUpOutcome.NotEligible => WorkshopTexts.NotEligible,
            _ => WorkshopTexts.NotFound,
        };
    }

    /// <summary>«ثبت‌نام‌های من»: a card per registration, each with its cancel button (see <see cref="WorkshopButtons"/>).</summary>
    private async Task<string> MyRegistrationsAsync(FlowContext context)
    {
        var mine = await workshops.MyRegistrationsAsync(context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
        foreach (var (registration, position) in mine)
        {
            var workshop = registration.Workshop!;
            var status = registration.Status switch
            {
                RegistrationStatus.Waiting => WorkshopTexts.StatusWaitingAt(PersianNumber.Format(position ?? 0)),
                RegistrationStatus.Offered => WorkshopTexts.StatusOffered,
                _ => WorkshopTexts.StatusConfirmed,
            };
            context.Reply(
                WorkshopTexts.RegistrationCard(workshop.Title, JalaliDate.FormatDateTime(workshop.StartsAt), workshop.Library?.Name ?? "", status),
                Keyboard.Inline([new KeyboardButton(WorkshopNotices.CancelButton,
                    new CallbackData(WorkshopCallbacks.Feature, WorkshopCallbacks.Cancel, registration.Id).ToString())]));
        }

        return mine.Count == 0 ? WorkshopTexts.NoRegistrations : MainMenuTexts.MenuPrompt;
    }
}
