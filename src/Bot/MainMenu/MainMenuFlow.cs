using Microsoft.Extensions.Options;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.Counseling;
using RahZendegi.Domain.Messaging;
using Stateless;
using Stateless.Reflection;

namespace RahZendegi.Bot.MainMenu;

/// <summary>The home of every conversation: the menu of services and the help page.</summary>
public sealed class MainMenuFlow(IOptions<EmergencyLinesOptions> emergencyLines) : IFlow
{
    public const string FlowName = "MainMenu";
    public const string HelpPayload = "help";
    public const string CancelledPayload = "cancelled";
    public const string UnknownCommandPayload = "unknown-command";

    internal enum State { Menu, Help }

    internal enum Trigger { Show, ShowHelp, Back }

    public static Keyboard Menu { get; } = Keyboard.Reply(
        [MainMenuTexts.Membership, MainMenuTexts.Counseling],
        [MainMenuTexts.Workshops, MainMenuTexts.MyBookings],
        [MainMenuTexts.Announcements, MainMenuTexts.Help],
        [MainMenuTexts.MyData]);

    /// <summary>The menu of a linked counsellor: the client's menu, and the way to their own.</summary>
    public static Keyboard CounselorMenu { get; } = Keyboard.Reply(
        [MainMenuTexts.Membership, MainMenuTexts.Counseling],
        [MainMenuTexts.Workshops, MainMenuTexts.MyBookings],
        [MainMenuTexts.Announcements, MainMenuTexts.Help],
        [MainMenuTexts.MyData, Counseling.CounselorTexts.DeskButton]);

    private static async Task<Keyboard> MenuFor(FlowContext context) => await context.CounselorAsync() is null ? Menu : CounselorMenu;

    private static readonly Keyboard BackOnly = Keyboard.Reply([CommonTexts.Back]);

    public string Name => FlowName;

    /// <param name="helpPage">The help page's text; only a flow instance, which has the emergency lines, can show it.</param>
    internal static (StateMachine<State, Trigger> Machine, StateMachine<State, Trigger>.TriggerWithParameters<string> Show) CreateMachine(
        FlowContext context, string? helpPage = null, Keyboard? menu = null)
    {
        menu ??= Menu;
        var machine = FlowMachine.Stored<State, Trigger>(context, State.Menu);
        var show = machine.SetTriggerParameters<string>(Trigger.Show);

        machine.Configure(State.Menu)
            .OnEntryFrom(show, text => context.Reply(text, menu), "send the text with the menu")
            .OnEntryFrom(Trigger.Back, () => context.Reply(MainMenuTexts.MenuPrompt, menu), "send the menu")
            .PermitReentry(Trigger.Show)
            .InternalTransition(Trigger.Back, () => context.Reply(MainMenuTexts.AlreadyAtMenu, menu))
            .Permit(Trigger.ShowHelp, State.Help);

        machine.Configure(State.Help)
            .OnEntry(() => context.Reply(helpPage ?? throw new InvalidOperationException("The help page needs the flow's emergency lines."), BackOnly),
                "send the help page")
            .PermitReentry(Trigger.ShowHelp)
            .Permit(Trigger.Show, State.Menu)
            .Permit(Trigger.Back, State.Menu);

        return (machine, show);
    }

    private string HelpPage =>
        MainMenuTexts.HelpPage(CounselingTexts.EmergencyLines(emergencyLines.Value.SocialEmergency, emergencyLines.Value.WelfareCounseling));

    public StateMachineInfo Describe() => CreateMachine(FlowContext.ForDescription(FlowName)).Machine.GetInfo();

    /// <summary>The menu with another flow's closing words; see <see cref="FlowContext.FinishAsync"/>.</summary>
    public static async Task ShowAsync(FlowContext context, string text)
    {
        var (machine, show) = CreateMachine(context, menu: await MenuFor(context));
        await machine.FireAsync(show, text);
    }

    public async Task StartAsync(FlowContext context, string? payload)
    {
        if (payload == HelpPayload)
        {
            await CreateMachine(context, HelpPage, await MenuFor(context)).Machine.FireAsync(Trigger.ShowHelp);
            return;
        }

        await ShowAsync(context, payload switch
        {
            CancelledPayload => CommonTexts.Cancelled,
            UnknownCommandPayload => CommonTexts.UnknownCommand,
            _ => MainMenuTexts.Welcome,
        });
    }

    public async Task HandleAsync(FlowContext context, UserInput input)
    {
        var (machine, show) = CreateMachine(context, HelpPage, await MenuFor(context));
        if (input.IsText(CommonTexts.Back))
        {
            await machine.FireAsync(Trigger.Back);
            return;
        }

        // Whatever else arrives, the menu is shown again with a hint, never a dead end.
        await machine.FireAsync(show, input.UnreadableHint() ?? MainMenuTexts.NotAMenuItem);
    }
}
