using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace RahZendegi.Bot.Sandbox;

/// <summary>
/// One emulated bot (one token): its update queue, its chats' transcripts and what it was asked to do.
/// All state sits behind one lock; waits are signalled, never polled.
/// </summary>
public sealed partial class SandboxBot
{
    private static readonly TimeSpan DefaultWaitTimeout = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private readonly BotApiEmulator _emulator;
    private readonly Dictionary<long, ChatState> _chats = [];
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<AnsweredCallback> _answeredCallbacks = [];

    internal SandboxBot(BotApiEmulator emulator, string token)
    {
        _emulator = emulator;
        Token = token;
        var prefix = token.Split(':')[0];
        BotId = long.TryParse(prefix, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : 900_000_000 + (uint)StableHash(token) % 99_999_999;
        Username = "rah_zendegi_" + BotId.ToString(CultureInfo.InvariantCulture) + "_bot";
    }

    public string Token { get; }
    public long BotId { get; }

    /// <summary>Which messenger this bot plays: where the two differ on the wire (a shared contact), it sends that one's shape.</summary>
    public SandboxPlatform Platform { get; internal set; } = SandboxPlatform.Telegram;
    public string Username { get; }

    private DateTimeOffset Now => _emulator.Time.GetUtcNow();

    /// <summary>The chat as the user sees it: user and bot messages in order, edits applied, deletions flagged.</summary>
    public IReadOnlyList<SandboxMessage> Messages(long chatId)
    {
        lock (_gate)
            return _chats.TryGetValue(chatId, out var chat) ? [.. chat.Transcript] : [];
    }

    /// <summary>
    /// The next bot message (new or edited) in the chat that matches, reading on from the last one a wait
    /// returned, so a test reads the bot's replies like a chat script, including ones already sent.
    /// </summary>
    public async Task<SandboxMessage> WaitForBotMessageAsync(
        long chatId, Func<SandboxMessage, bool>? predicate = null, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        predicate ??= _ => true;
        var waiter = new Waiter(predicate, new(TaskCreationOptions.RunContinuationsAsynchronously));
        ChatState chat;
        lock (_gate)
        {
            chat = Chat(chatId);
            for (var i = chat.ReadCursor; i < chat.BotEvents.Count; i++)
            {
                if (!predicate(chat.BotEvents[i]))
                    continue;
                chat.ReadCursor = i + 1;
                return chat.BotEvents[i];
            }
            chat.Waiters.Add(waiter);
        }

        var limit = timeout ?? DefaultWaitTimeout;
        try
        {
            return await waiter.Result.Task.WaitAsync(limit, ct);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            lock (_gate)
                chat.Waiters.Remove(waiter);
            if (waiter.Result.Task.IsCompletedSuccessfully)
                return waiter.Result.Task.Result;
            if (e is OperationCanceledException)
                throw;
            throw new TimeoutException(
                $"No matching bot message in chat {chatId} within {limit}. Transcript:\n" +
                string.Join('\n', Messages(chatId)));
        }
    }

    /// <summary>How often the bot called a Bot API method (name as in the API, any case).</summary>
    public int MethodCalls(string method) => _calls.GetValueOrDefault(method);

    public int AnsweredCallbackCount
    {
        get { lock (_gate) return _answeredCallbacks.Count; }
    }

    /// <summary>A number that changes whenever the chat's transcript changes.</summary>
    public long ChatVersion(long chatId)
    {
        lock (_gate)
            return _chats.TryGetValue(chatId, out var chat) ? chat.Version : 0;
    }

    /// <summary>Completes when the chat's version differs from <paramref name="knownVersion"/>, or at the timeout.</summary>
    public async Task WaitForChatChangeAsync(long chatId, long knownVersion, TimeSpan timeout, CancellationToken ct = default)
    {
        Task changed;
        lock (_gate)
        {
            var chat = Chat(chatId);
            if (chat.Version != knownVersion)
                return;
            changed = chat.Changed.Task;
        }
        try
        {
            await changed.WaitAsync(timeout, ct);
        }
        catch (TimeoutException)
        {
            // Nothing new: the caller answers with the unchanged transcript.
        }
    }

    // Call under _gate.
    private ChatState Chat(long chatId)
    {
        if (_chats.TryGetValue(chatId, out var chat))
            return chat;
        var json = chatId > 0
            ? BotApiJson.PrivateChat(_emulator.User(chatId))
            : BotApiJson.GroupChat(chatId, "گروه " + BotApiEmulator.PersianDigits(-chatId));
        chat = new ChatState(chatId, json);
        _chats[chatId] = chat;
        return chat;
    }

    // Call under _gate.
    private void Append(ChatState chat, SandboxMessage message)
    {
        chat.Transcript.Add(message);
        if (message.FromBot)
            CountBotMessage(message.ChatId, message.Date);
        Changed(chat, message);
    }

    // Call under _gate.
    private void Replace(ChatState chat, SandboxMessage message)
    {
        var index = chat.Transcript.FindLastIndex(m => m.MessageId == message.MessageId);
        chat.Transcript[index] = message;
        Changed(chat, message);
    }

    // Call under _gate: the chat looks different (a new version for the web page) but the bot said nothing.
    private static void Touch(ChatState chat)
    {
        chat.Version++;
        chat.Changed.TrySetResult();
        chat.Changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private static void Changed(ChatState chat, SandboxMessage message)
    {
        Touch(chat);
        if (!message.FromBot || message.Deleted)
            return;

        chat.BotEvents.Add(message);
        foreach (var waiter in chat.Waiters)
        {
            bool matches;
            try
            {
                matches = waiter.Predicate(message);
            }
            catch (Exception e)
            {
                chat.Waiters.Remove(waiter);
                waiter.Result.TrySetException(e);
                return;
            }
            if (!matches)
                continue;
            chat.ReadCursor = chat.BotEvents.Count;
            chat.Waiters.Remove(waiter);
            waiter.Result.TrySetResult(message);
            return;
        }
    }

    private static int StableHash(string text) =>
        text.Aggregate(17, (hash, c) => unchecked(hash * 31 + c)) & int.MaxValue;

    private sealed record Waiter(Func<SandboxMessage, bool> Predicate, TaskCompletionSource<SandboxMessage> Result);

    private sealed class ChatState(long id, JsonObject json)
    {
        public long Id { get; } = id;
        public JsonObject Json { get; } = json;
        public List<SandboxMessage> Transcript { get; } = [];
        public Dictionary<int, JsonObject> MessageJson { get; } = [];
        public List<SandboxMessage> BotEvents { get; } = [];
        public List<Waiter> Waiters { get; } = [];
        public List<PaymentAttempt> Payments { get; } = [];
        public int ReadCursor { get; set; }
        public int NextMessageId { get; set; } = 1;
        public long Version { get; set; }
        public TaskCompletionSource Changed { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
