using RahZendegi.Bot.Conversations;
using RahZendegi.Domain.Messaging;
using Stateless;
using Stateless.Reflection;

namespace RahZendegi.Bot.MainMenu;

/// <summary>The home of every conversation: the menu of services and the help page.</summary>
public sealed class MainMenuFlow : IFlow
{
    public const string FlowName = "MainMenu";
    public const string HelpPayload = "help";
    public const string CancelledPayload = "cancelled";
    public const string UnknownCommandPayload = "unknown-command";
    public const string ExpiredPayload = "expired";
    private const string MessagePrefix = "say:";

    internal enum State { Menu, Help }

    internal enum Trigger { Show, ShowHelp, Back }

    public static Keyboard Menu { get; } = Keyboard.Reply(
        [MainMenuTexts.Membership, MainMenuTexts.Counseling],
        [MainMenuTexts.Workshops, MainMenuTexts.MyBookings],
        [MainMenuTexts.Announcements, MainMenuTexts.Help]);

    private static readonly Keyboard BackOnly = Keyboard.Reply([CommonTexts.Back]);

    public string Name => FlowName;

    /// <summary>Back to the menu after another flow, showing its closing words with the menu keyboard.</summary>
    public static string WithMessage(string text) => MessagePrefix + text;

    internal static (StateMachine<State, Trigger> Machine, StateMachine<State, Trigger>.TriggerWithParameters<string> Show) CreateMachine(FlowContext context)
    {
        var machine = new StateMachine<State, Trigger>(
            () => Enum.TryParse<State>(context.Conversation.State, out var state) ? state : State.Menu,
            state => context.Conversation.State = state.ToString());
        var show = machine.SetTriggerParameters<string>(Trigger.Show);

        machine.Configure(State.Menu)
            .OnEntryFrom(show, text => context.Reply(text, Menu), "send the text with the menu")
            .OnEntryFrom(Trigger.Back, () => context.Reply(MainMenuTexts.MenuPrompt, Menu), "send the menu")
            .PermitReentry(Trigger.Show)
            .InternalTransition(Trigger.Back, () => context.Reply(MainMenuTexts.AlreadyAtMenu, Menu))
            .Permit(Trigger.ShowHelp, State.Help);

        machine.Configure(State.Help)
            .OnEntry(() => context.Reply(MainMenuTexts.HelpText, BackOnly), "send the help page")
            .PermitReentry(Trigger.ShowHelp)
            .Permit(Trigger.Show, State.Menu)
            .Permit(Trigger.Back, State.Menu);

        return (machine, show);
    }

    public StateMachineInfo Describe() => CreateMachine(FlowContext.ForDescription(FlowName)).Machine.GetInfo();

    public async Task StartAsync(FlowContext context, string? payload)
    {
        var (machine, show) = CreateMachine(context);
        context.SetDraft<object>(null);
        if (payload == HelpPayload)
        {
            await machine.FireAsync(Trigger.ShowHelp);
            return;
        }

        var text = payload switch
        {
            CancelledPayload => CommonTexts.Cancelled,
            UnknownCommandPayload => CommonTexts.UnknownCommand,
            ExpiredPayload => CommonTexts.ConversationExpired,
            not null when payload.StartsWith(MessagePrefix, StringComparison.Ordinal) => payload[MessagePrefix.Length..],
            _ => MainMenuTexts.Welcome,
        };
        await machine.FireAsync(show, text);
    }

    public async Task HandleAsync(FlowContext context, UserInput input)
    {
        var (machine, show) = CreateMachine(context);
        if (input.Kind == InputKind.Text && input.Text == CommonTexts.Back)
        {
            await machine.FireAsync(Trigger.Back);
            return;
        }

        // Whatever else arrives, the menu is shown again with a hint, never a dead end.
        var hint = input.Kind switch
        {
            InputKind.Text => MainMenuTexts.NotAMenuItem,
            InputKind.Callback => CommonTexts.StaleButton,
            _ => CommonTexts.UnsupportedMessage,
        };
        await machine.FireAsync(show, hint);
    }
}
