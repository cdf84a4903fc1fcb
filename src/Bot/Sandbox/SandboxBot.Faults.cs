namespace RahZendegi.Bot.Sandbox;

/// <summary>Faults a real messenger produces: blocked users, rate limits, one-off errors.</summary>
public sealed partial class SandboxBot
{
    private static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(1);

    private readonly HashSet<long> _blocked = [];
    private readonly Queue<DateTimeOffset> _botSends = new();
    private readonly Dictionary<long, Queue<DateTimeOffset>> _chatSends = [];
    private readonly List<(string Method, int Code, string Description)> _injected = [];
    private readonly List<(string Method, int Code)> _errors = [];
    private TaskCompletionSource _errorAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int? _perBotPerSecond;
    private int? _perChatPerSecond;
    private bool? _duplicatePaymentSameUpdateId;
    private SandboxInquiryFailure _inquiryFailure;
    private SandboxFileFailure _fileFailure;

    /// <summary>The user blocks the bot: every call aimed at their chat answers 403.</summary>
    public void BlockBot(long userId)
    {
        lock (_gate)
            _blocked.Add(userId);
    }

    /// <summary>
    /// Sends beyond these rates in any one-second window answer 429 with retry_after; null turns a limit off.
    /// Telegram observes about 30/s per bot and 1/s per chat.
    /// </summary>
    public void SetRateLimit(int? messagesPerSecond, int? messagesPerSecondPerChat)
    {
        lock (_gate)
        {
            _perBotPerSecond = messagesPerSecond;
            _perChatPerSecond = messagesPerSecondPerChat;
            _botSends.Clear();
            _chatSends.Clear();
        }
    }

    /// <summary>
    /// Completes once the sandbox has answered a call of <paramref name="method"/> with this error code:
    /// the event a test waits for when an error leaves nothing in the chat to see.
    /// </summary>
    public async Task WaitForErrorAnswerAsync(string method, int errorCode, TimeSpan? timeout = null)
    {
        var deadline = Now + (timeout ?? DefaultWaitTimeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_errors.Any(e => e.Code == errorCode && string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase)))
                    return;
                changed = _errorAnswered.Task;
            }

            var left = deadline - Now;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException($"The bot made no {method} call that was answered {errorCode}.");
            await changed.WaitAsync(left).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private void RecordError(string method, int errorCode)
    {
        lock (_gate)
        {
            _errors.Add((method, errorCode));
            _errorAnswered.TrySetResult();
            _errorAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>The next call of <paramref name="method"/> fails with this error, once.</summary>
    public void FailNext(string method, int errorCode, string description)
    {
        lock (_gate)
            _injected.Add((method, errorCode, description));
    }

    private void TakeInjectedFailure(string method)
    {
        lock (_gate)
        {
            var index = _injected.FindIndex(f => string.Equals(f.Method, method, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
                return;
            var failure = _injected[index];
            _injected.RemoveAt(index);
            throw new BotApiException(failure.Code, failure.Description);
        }
    }

    /// <summary>
    /// The next successful_payment arrives twice: as one update delivered again (the same update_id), or as a second
    /// update with a new update_id carrying the same payment, so a bot must not record the payment twice.
    /// </summary>
    public void DuplicateNextSuccessfulPayment(bool sameUpdateId)
    {
        lock (_gate)
            _duplicatePaymentSameUpdateId = sameUpdateId;
    }

    /// <summary>inquireTransaction misbehaves this way until set back to <see cref="SandboxInquiryFailure.None"/>.</summary>
    public void SetInquiryFailure(SandboxInquiryFailure failure)
    {
        lock (_gate)
            _inquiryFailure = failure;
    }

    /// <summary>
    /// getFile or the file download misbehaves this way until set back to <see cref="SandboxFileFailure.None"/>, so a
    /// test sees the bot's message for a failed fetch and then its retry succeed.
    /// </summary>
    public void SetFileFailure(SandboxFileFailure failure)
    {
        lock (_gate)
            _fileFailure = failure;
    }

    // Call under _gate: whether the payment being delivered goes twice, and how.
    private bool? TakeDuplicatePayment()
    {
        var duplicate = _duplicatePaymentSameUpdateId;
        _duplicatePaymentSameUpdateId = null;
        return duplicate;
    }

    // Call under _gate: the chat a bot call aims at, after the checks Telegram makes.
    private ChatState Target(long chatId, bool isSend)
    {
        if (chatId < 0 && !_chats.ContainsKey(chatId))
            throw new BotApiException(400, "Bad Request: chat not found");
        if (_blocked.Contains(chatId))
            throw new BotApiException(403, "Forbidden: bot was blocked by the user");
        if (isSend)
        {
            CheckFloodWait();
            CheckRate(chatId);
        }
        return Chat(chatId);
    }

    private void CheckRate(long chatId)
    {
        var now = Now;
        if (!_chatSends.TryGetValue(chatId, out var chatSends))
            _chatSends[chatId] = chatSends = new();
        Trim(_botSends, now);
        Trim(chatSends, now);
        if (_perBotPerSecond is { } botLimit && _botSends.Count >= botLimit)
            throw TooMany(_botSends.Peek(), now);
        if (_perChatPerSecond is { } chatLimit && chatSends.Count >= chatLimit)
            throw TooMany(chatSends.Peek(), now);
        if (_perBotPerSecond is null && _perChatPerSecond is null)
            return;
        _botSends.Enqueue(now);
        chatSends.Enqueue(now);
    }

    private static void Trim(Queue<DateTimeOffset> sends, DateTimeOffset now)
    {
        while (sends.Count > 0 && now - sends.Peek() >= RateWindow)
            sends.Dequeue();
    }

    private static BotApiException TooMany(DateTimeOffset oldest, DateTimeOffset now)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling((oldest + RateWindow - now).TotalSeconds));
        return new BotApiException(429, $"Too Many Requests: retry after {seconds}", seconds);
    }
}
