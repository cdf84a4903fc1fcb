using System.Text.Json;
using RahZendegi.Bot.Hosting;
using RahZendegi.Domain.Conversations;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Conversations;

/// <summary>What a flow sees while it handles one update: the person's state, the clock, and where replies go.</summary>
public sealed class FlowContext(
    ConversationState conversation,
    PlatformCapabilities capabilities,
    DateTime now,
    Func<string, string?, Task> startFlow,
    CancellationToken cancellation)
{
    private readonly List<Outgoing> outgoing = [];

    public ConversationState Conversation { get; } = conversation;
    public PlatformCapabilities Capabilities { get; } = capabilities;
    public DateTime Now { get; } = now;

    /// <summary>Cancelled when the update's deadline passes or the host stops; pass it to every service call.</summary>
    public CancellationToken Cancellation { get; } = cancellation;
    public IReadOnlyList<Outgoing> Outgoing => outgoing;

    public void Reply(string text, Keyboard? keyboard = null) => outgoing.Add(new OutgoingText(text, keyboard));

    /// <summary>A step's question, after a short hint when the last answer did not fit.</summary>
    public void Ask(string question, string? hint, Keyboard keyboard) => Reply(hint is null ? question : $"{hint}\n\n{question}", keyboard);

    public void ReplyPhoto(byte[] png, string? caption = null, Keyboard? keyboard = null) => outgoing.Add(new OutgoingPhoto(png, caption, keyboard));

    public void AnswerCallback(string callbackQueryId, string? toast = null) => outgoing.Add(new OutgoingCallbackAnswer(callbackQueryId, toast));

    /// <summary>Leaves the current flow for the first step of another.</summary>
    public Task StartFlowAsync(string flowName, string? payload = null) => startFlow(flowName, payload);

    public T GetDraft<T>() where T : new() =>
        Conversation.Draft is null ? new T() : JsonSerializer.Deserialize<T>(Conversation.Draft) ?? new T();

    /// <summary>A context that goes nowhere, for building a machine only to describe it.</summary>
    public static FlowContext ForDescription(string flowName) => new(
        new ConversationState { BotName = "", Flow = flowName, State = "" },
        PlatformCapabilities.For(Platform.Telegram),
        DateTime.UnixEpoch,
        (_, _) => Task.CompletedTask,
        CancellationToken.None);

    public void SetDraft<T>(T? draft) => Conversation.Draft = draft is null ? null : JsonSerializer.Serialize(draft);
}
