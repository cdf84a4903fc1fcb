using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using Stateless;
using Stateless.Reflection;

namespace RahZendegi.Bot.Announcements;

/// <summary>«اطلاع‌رسانی‌ها»: each topic switched on or off with one tap, the library chosen, or everything off.</summary>
public sealed class ManageSubscriptionFlow(SubscriptionService subscriptions, MembershipService membership, LibraryDirectory libraries) : IFlow
{
    public const string FlowName = "Announcements";

    internal enum State { Settings, Library }

    internal enum Trigger { ChooseLibrary, Chosen, Back }

    public string Name => FlowName;

    private static StateMachine<State, Trigger> CreateMachine(FlowContext context, Func<State, Task> ask)
    {
        var machine = new StateMachine<State, Trigger>(
            () => Enum.TryParse<State>(context.Conversation.State, out var state) ? state : State.Settings,
            state => context.Conversation.State = state.ToString());
        machine.Configure(State.Settings).Permit(Trigger.ChooseLibrary, State.Library);
        machine.Configure(State.Library).Permit(Trigger.Chosen, State.Settings).Permit(Trigger.Back, State.Settings);
        foreach (var state in Enum.GetValues<State>())
        {
            machine.Configure(state).OnEntryAsync(() => ask(state), "show the step");
        }

        return machine;
    }

    public StateMachineInfo Describe() => CreateMachine(FlowContext.ForDescription(FlowName), _ => Task.CompletedTask).GetInfo();

    public async Task StartAsync(FlowContext context, string? payload)
    {
        context.Conversation.State = nameof(State.Settings);
        await AskAsync(context, State.Settings, hint: null);
    }

    public async Task HandleAsync(FlowContext context, UserInput input)
    {
        var machine = CreateMachine(context, state => AskAsync(context, state, hint: null));
        if (input.Kind == InputKind.Text && input.Text == CommonTexts.Back)
        {
            await context.GoBackAsync(machine, Trigger.Back);

            return;
        }

        var (bot, user, chat, cancellation) = (context.Conversation.BotName, context.Conversation.UserId, context.Conversation.ChatId, context.Cancellation);
        if (machine.State == State.Library)
        {
            if (input.Kind != InputKind.Text || !(await LibraryChoicesAsync(context)).TryMatch(input.Text, out var libraryId))
            {
                await AskAsync(context, State.Library, AnnouncementTexts.ChooseFromButtons);
                return;
            }

            await subscriptions.SetLibraryAsync(bot, user, chat, libraryId, cancellation);
            context.Reply(AnnouncementTexts.Saved);
            await machine.FireAsync(Trigger.Chosen);
            return;
        }

        var current = await CurrentAsync(context);
        var text = input.Kind == InputKind.Text ? input.Text : "";
        if (text == AnnouncementTexts.ChangeLibraryButton)
        {
            await machine.FireAsync(Trigger.ChooseLibrary);
            return;
        }

        if (text is AnnouncementTexts.SwitchOffButton or AnnouncementTexts.SwitchOnButton)
        {
            await subscriptions.SwitchAsync(bot, user, chat, text == AnnouncementTexts.SwitchOnButton, cancellation);
        }
        else if (TopicChoices(current.Topics).TryMatch(text, out var topic))
        {
            var changed = await subscriptions.ToggleTopicAsync(bot, user, chat, topic, cancellation);
            changed.LibraryId ??= current.LibraryId;
        }
        else
        {
            await AskAsync(context, State.Settings, input.Kind == InputKind.Text ? AnnouncementTexts.ChooseFromButtons : CommonTexts.UnsupportedMessage);
            return;
        }

        await AskAsync(context, State.Settings, AnnouncementTexts.Saved);
    }

    private async Task AskAsync(FlowContext context, State state, string? hint)
    {
        string question;
        IEnumerable<string> options;
        if (state == State.Library)
        {
            (question, options) = (AnnouncementTexts.AskLibrary, (await LibraryChoicesAsync(context)).Labels);
        }
        else
        {
            var current = await CurrentAsync(context);
            var library = current.LibraryId is { } id ? (await libraries.FindAsync(id, context.Cancellation))?.Name : null;
            question = AnnouncementTexts.Settings(library ?? AnnouncementTexts.NoLibrary, current.Off);
            options = [.. TopicChoices(current.Topics).Labels, AnnouncementTexts.ChangeLibraryButton,
                current.Off ? AnnouncementTexts.SwitchOnButton : AnnouncementTexts.SwitchOffButton];
        }

        context.Ask(question, hint, ChoiceKeyboard.For(options));
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

    private async Task<Choices<int?>> LibraryChoicesAsync(FlowContext context)
    {
        var choices = new Choices<int?>();
        foreach (var library in await libraries.AllAsync(context.Cancellation))
        {
            choices.Add(library.Name, library.Id);
        }

        return choices;
    }
}
