using System.Text.Json;
using RahZendegi.Bot.Hosting;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Domain.Conversations;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Conversations;

/// <summary>
/// What a flow sees while it handles one update: the person's state and the flow's draft, the clock, where replies
/// go, and the ways out of the flow (another flow's first step, or the main menu).
/// </summary>
public sealed class FlowContext(
    ConversationState conversation,
    PlatformCapabilities capabilities,
    DateTime now,
    IReadOnlyDictionary<string, IFlow> flows,
    CancellationToken cancellation,
    Func<Task<Counselor?>>? findCounselor = null)
{
    private readonly List<Outgoing> outgoing = [];
    private Task<Counselor?>? counselor;
    private readonly List<Outgoing> last = [];
    private object? draft;

    public ConversationState Conversation { get; } = conversation;
    public PlatformCapabilities Capabilities { get; } = capabilities;
    public DateTime Now { get; } = now;

    /// <summary>Cancelled when the update's deadline passes or the host stops; pass it to every service call.</summary>
    public CancellationToken Cancellation { get; } = cancellation;
    public IReadOnlyList<Outgoing> Outgoing => [.. outgoing, .. last];

    /// <summary>The counsellor this messenger account is linked to, if any: asked once per update, and only when needed.</summary>
    public Task<Counselor?> CounselorAsync() => counselor ??= findCounselor?.Invoke() ?? Task.FromResult<Counselor?>(null);

    /// <summary>The account was linked to a counsellor in this very update, before its commit.</summary>
    public void KnowCounselor(Counselor linked) => counselor = Task.FromResult<Counselor?>(linked);

    public void Reply(string text, Keyboard? keyboard = null) => outgoing.Add(new OutgoingText(text, keyboard));

    /// <summary>A step's question, after a short hint when the last answer did not fit.</summary>
    public void Ask(Question question, string? hint) => Reply(hint is null ? question.Text : $"{hint}\n\n{question.Text}", question.Keyboard);

    public void ReplyPhoto(byte[] png, string? caption = null, Keyboard? keyboard = null) => outgoing.Add(new OutgoingPhoto(png, caption, keyboard));

    /// <summary>A message that follows everything else this update sends, the closing words and menu too (an invoice).</summary>
    public void SendLast(Outgoing message) => last.Add(message);

    public void AnswerCallback(string callbackQueryId, string? toast = null) => outgoing.Add(new OutgoingCallbackAnswer(callbackQueryId, toast));

    /// <summary>Leaves the current flow, and its draft, for the first step of another.</summary>
    public Task StartFlowAsync(string flowName, string? payload = null)
    {
        var flow = flows[flowName];
        Leave(flow.Name);
        return flow.StartAsync(this, payload);
    }

    /// <summary>Ends the current flow: the main menu, with these closing words above its keyboard.</summary>
    public Task FinishAsync(string farewell)
    {
        Leave(MainMenuFlow.FlowName);
        return MainMenuFlow.ShowAsync(this, farewell);
    }

    /// <summary>
    /// The current flow's draft: the choices made so far, read once per update. Changes to it are kept by the
    /// router after the update (<see cref="KeepDraft"/>), so no way out of a step can forget to save them.
    /// </summary>
    public T Draft<T>() where T : class, new()
    {
        if (draft is not T typed)
        {
            typed = Conversation.Draft is { } json ? JsonSerializer.Deserialize<T>(json) ?? new T() : new T();
            draft = typed;
        }

        return typed;
    }

    /// <summary>Writes the draft the flow used back onto the conversation row, which the update's commit saves.</summary>
    internal void KeepDraft()
    {
        if (draft is not null)
        {
            Conversation.Draft = JsonSerializer.Serialize(draft, draft.GetType());
        }
    }

    /// <summary>A context that goes nowhere, for building a machine only to describe it.</summary>
    public static FlowContext ForDescription(string flowName) => new(
        new ConversationState { BotName = "", Flow = flowName, State = "" },
        PlatformCapabilities.For(Platform.Telegram),
        DateTime.UnixEpoch,
        new Dictionary<string, IFlow>(),
        CancellationToken.None);

    private void Leave(string flowName)
    {
        Conversation.Flow = flowName;
        Conversation.State = "";
        Conversation.Draft = null;
        draft = null;
    }
}
