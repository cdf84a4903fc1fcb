using RahZendegi.Bot.Announcements;
using RahZendegi.Bot.Counseling;
using RahZendegi.Bot.Feedback;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Bot.Membership;
using RahZendegi.Bot.Privacy;
using RahZendegi.Bot.Workshops;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Feedback;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Bot.Conversations;

/// <summary>An entry from anywhere: <paramref name="Name"/> is a flow's or a button handler's.</summary>
public sealed record EntryPoint(string Name, string? Payload = null);

/// <summary>The one table that maps commands, main-menu buttons and inline buttons to flows and button handlers.</summary>
public static class EntryPoints
{
    private static readonly Dictionary<string, EntryPoint> ByCommand = new(StringComparer.Ordinal)
    {
        ["/start"] = new(MainMenuFlow.FlowName),
        ["/menu"] = new(MainMenuFlow.FlowName),
        ["/help"] = new(MainMenuFlow.FlowName, MainMenuFlow.HelpPayload),
        ["/cancel"] = new(MainMenuFlow.FlowName, MainMenuFlow.CancelledPayload),
    };

    // Not in the public command menu: a counsellor is told it, with their code, by the library.
    private static EntryPoint Counselor(string? code) => new(CounselorMenuFlow.FlowName, code);

    private static readonly Dictionary<string, EntryPoint> ByButton = new(StringComparer.Ordinal)
    {
        [MainMenuTexts.Membership] = new(JoinMembershipFlow.FlowName),
        [MainMenuTexts.Counseling] = new(BookSessionFlow.FlowName),
        [MainMenuTexts.Workshops] = new(EnrollWorkshopFlow.FlowName),
        [MainMenuTexts.MyBookings] = new(MyBookings.HandlerName),
        [MainMenuTexts.Announcements] = new(ManageSubscriptionFlow.FlowName),
        [MainMenuTexts.Help] = new(MainMenuFlow.FlowName, MainMenuFlow.HelpPayload),
        [MainMenuTexts.MyData] = new(ManageMyDataFlow.FlowName),
        [CounselorTexts.DeskButton] = new(CounselorMenuFlow.FlowName),
        [CommonTexts.Cancel] = new(MainMenuFlow.FlowName, MainMenuFlow.CancelledPayload),
    };

    /// <summary>The entry the input asks for, if any.</summary>
    public static EntryPoint? Find(UserInput input) => input.Kind switch
    {
        InputKind.Command when input.Command == "/start" => DeepLink(input.Payload),
        InputKind.Command when input.Command == CounselorTexts.Command => Counselor(input.Payload),
        InputKind.Command => ByCommand.GetValueOrDefault(input.Command ?? "", new(MainMenuFlow.FlowName, MainMenuFlow.UnknownCommandPayload)),
        InputKind.Text => ByButton.GetValueOrDefault(input.Text),
        // Buttons on booking and workshop messages (reminders, lists, notices) work whatever the person was doing.
        InputKind.Callback when CallbackData.Parse(input.CallbackData) is { Feature: BookingCallbacks.Feature } => new(MyBookings.HandlerName, input.CallbackData),
        InputKind.Callback when CallbackData.Parse(input.CallbackData) is { Feature: WorkshopCallbacks.Feature } => new(WorkshopButtons.HandlerName, input.CallbackData),
        InputKind.Callback when CallbackData.Parse(input.CallbackData) is { Feature: CounselorButtons.Feature } => new(CounselorButtons.HandlerName, input.CallbackData),
        InputKind.Callback when CallbackData.Parse(input.CallbackData) is { Feature: FeedbackCallbacks.Feature } => new(FeedbackButtons.HandlerName, input.CallbackData),
        _ => null,
    };

    /// <summary><c>/start payload</c> from a poster's link or QR code: a workshop's page, or else the welcome.</summary>
    private static EntryPoint DeepLink(string? payload) => EnrollWorkshopFlow.DeepLinkWorkshop(payload) is not null
        ? new(EnrollWorkshopFlow.FlowName, payload)
        : new(MainMenuFlow.FlowName);
}
