using RahZendegi.Bot.Conversations;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Membership;
using Stateless.Reflection;

namespace RahZendegi.Bot.Announcements;

/// <summary>«اطلاع‌رسانی‌ها»: each topic switched on or off with one tap, the library chosen, or everything off.</summary>
public sealed class ManageSubscriptionFlow(SubscriptionService subscriptions, MembershipService membership, LibraryDirectory libraries) : IFlow
{
    public const string FlowName = "Announcements";

    internal enum State { Start, Settings, Library }

    internal enum Trigger { Begin, ChooseLibrary, Chosen, Back }

    public string Name => FlowName;

    private FlowMachine<State, Trigger> CreateMachine(FlowContext context)
    {
        var machine = FlowMachine.Create(context, State.Start, Trigger.Back, state => QuestionAsync(context, state));
        machine.Configure(State.Start).Permit(Trigger.Begin, State.Settings);
        machine.Configure(State.Settings).Permit(Trigger.ChooseLibrary, State.Library);
        machine.Configure(State.Library).Permit(Trigger.Chosen, State.Settings).Permit(Trigger.Back, State.Settings);
        return machine;
    }

    public StateMachineInfo Describe() => CreateMachine(FlowContext.ForDescription(FlowName)).Describe();

    public Task StartAsync(FlowContext context, string? payload) => CreateMachine(context).FireAsync(Trigger.Begin);

    public Task HandleAsync(FlowContext context, UserInput input) =>
        CreateMachine(context).HandleAsync(input, state => AnswerAsync(context, state, input.Text));

    /// <summary>Each tap on the settings changes them at once and shows them again; choosing a library returns to them.</summary>
    private async Task<Step<Trigger>> AnswerAsync(FlowContext context, State state, string text)
    {
        var (bot, user, chat, cancellation) = (context.Conversation.BotName, context.Conversation.UserId, context.Conversation.ChatId, context.Cancellation);
        if (state == State.Library)
        {
            if (!(await LibraryChoices.AllAsync(libraries, cancellation)).TryMatch(text, out var libraryId))
            {
                return Step.Again(CommonTexts.ChooseFromButtons);
            }

            await subscriptions.SetLibraryAsync(bot, user, chat, libraryId, cancellation);
            context.Reply(AnnouncementTexts.Saved);
            return Step.Go(Trigger.Chosen);
        }

        var current = await CurrentAsync(context);
        if (text == AnnouncementTexts.ChangeLibraryButton)
        {
            return Step.Go(Trigger.ChooseLibrary);
        }

        if (text is AnnouncementTexts.SwitchOffButton or AnnouncementTexts.SwitchOnButton)
        {
            await subscriptions.SwitchAsync(bot, user, chat, text == AnnouncementTexts.SwitchOnButton, cancellation);
            return Step.Again(AnnouncementTexts.Saved);
        }

        if (!TopicChoices(current.Topics).TryMatch(text, out var topic))
        {
            return Step.Again(CommonTexts.ChooseFromButtons);
        }

        var changed = await subscriptions.ToggleTopicAsync(bot, user, chat, topic, cancellation);
        changed.LibraryId ??= current.LibraryId;
        return Step.Again(AnnouncementTexts.Saved);
    }

    private async Task<Question> QuestionAsync(FlowContext context, State state)
    {
        if (state == State.Library)
        {
            return Question.Choose(AnnouncementTexts.AskLibrary, (await LibraryChoices.AllAsync(libraries, context.Cancellation)).Labels);
        }

        var current = await CurrentAsync(context);
        var library = current.LibraryId is { } id ? (await libraries.FindAsync(id, context.Cancellation))?.Name : null;
        return Question.Choose(AnnouncementTexts.Settings(library ?? AnnouncementTexts.NoLibrary, current.Off),
        [
            .. TopicChoices(current.Topics).Labels,
            AnnouncementTexts.ChangeLibraryButton,
            current.Off ? AnnouncementTexts.SwitchOnButton : AnnouncementTexts.SwitchOffButton,
        ]);
    }

    /// <summary>The saved settings, or for a newcomer nothing chosen yet and their member library.</summary>
    private async Task<(AnnouncementTopic Topics, int? LibraryId, bool Off)> CurrentAsync(FlowContext context)
    {
        var (bot, user) = (context.Conversation.BotName, context.Conversation.UserId);
        if (await subscriptions.GetAsync(bot, user, context.Cancellation) is { } saved)
        {
            return (saved.Topics, saved.LibraryId, saved.Off);
        }

        var member = await membership.FindAsync(bot, user, context.Cancellation);
        return (AnnouncementTopic.None, member?.LibraryId, false);
    }

    private static Choices<AnnouncementTopic> TopicChoices(AnnouncementTopic chosen)
    {
        var choices = new Choices<AnnouncementTopic>();
        foreach (var topic in AnnouncementTopics.Each)
        {
            choices.Add(AnnouncementTexts.Toggle(AnnouncementTopicNames.Of(topic), chosen.HasFlag(topic)), topic);
        }

        return choices;
    }
}
