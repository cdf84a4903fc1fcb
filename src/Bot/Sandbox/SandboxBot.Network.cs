namespace RahZendegi.Bot.Sandbox;

/// <summary>
/// What the network and a busy platform do to calls: a connection dropped before or after the call was carried out,
/// calls aimed at one chat held until released, a flood wait that answers 429 for a while.
/// </summary>
public sealed partial class SandboxBot
{
    private readonly List<(string Method, bool AfterHandling)> _drops = [];
    private readonly Dictionary<long, SandboxHold> _holds = [];
    private int? _floodRetryAfter;
    private DateTimeOffset _floodUntil = DateTimeOffset.MinValue;

    /// <summary>
    /// The next call of <paramref name="method"/> loses its connection: before it is carried out (nothing happened),
    /// or after (the message is in the chat, but the bot never hears so, and may send it again).
    /// </summary>
    public void DropNextConnection(string method, bool afterHandling)
    {
        lock (_gate)
            _drops.Add((method, afterHandling));
    }

    /// <summary>Calls aimed at this chat are answered only once the returned hold is released.</summary>
    public SandboxHold HoldCallsTo(long chatId)
    {
        lock (_gate)
        {
            var hold = new SandboxHold();
            _holds[chatId] = hold;
            return hold;
        }
    }

    /// <summary>
    /// The next send answers 429 with this retry_after, and every send to this bot until it has passed answers 429
    /// too, as Telegram's flood control does.
    /// </summary>
    public void FloodWaitNext(int retryAfterSeconds)
    {
        lock (_gate)
            _floodRetryAfter = retryAfterSeconds;
    }

    /// <summary>When the last flood wait ends; MinValue when none began.</summary>
    public DateTimeOffset FloodWaitEnds
    {
        get { lock (_gate) return _floodUntil; }
    }

    // Before a call is carried out: a hold for its chat, then a drop that happens before it.
    private async Task BeforeCallAsync(string method, BotApiArguments args, CancellationToken ct)
    {
        var chatId = args.Has("chat_id") ? TryChatId(args) : null;
        SandboxHold? hold = null;
        lock (_gate)
        {
            if (chatId is { } id)
                hold = _holds.GetValueOrDefault(id);
        }

        if (hold is not null)
            await hold.WaitAsync(ct);
        if (TakeDrop(method, afterHandling: false))
            throw new SandboxConnectionDropped();
    }

    private void AfterCall(string method)
    {
        if (TakeDrop(method, afterHandling: true))
            throw new SandboxConnectionDropped();
    }

    private bool TakeDrop(string method, bool afterHandling)
    {
        lock (_gate)
        {
            var index = _drops.FindIndex(d => d.AfterHandling == afterHandling && string.Equals(d.Method, method, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
                return false;
            _drops.RemoveAt(index);
            return true;
        }
    }

    // Call under _gate, for a send: the flood wait Telegram imposes after a 429.
    private void CheckFloodWait()
    {
        var now = Now;
        if (_floodRetryAfter is { } seconds)
        {
            _floodRetryAfter = null;
            _floodUntil = now + TimeSpan.FromSeconds(seconds);
        }

        if (now < _floodUntil)
            throw TooMany(_floodUntil - RateWindow, now);
    }

    private static long? TryChatId(BotApiArguments args)
    {
        try
        {
            return args.ChatId();
        }
        catch (BotApiException)
        {
            return null;
        }
    }
}

/// <summary>A hold on one chat's calls: they wait until <see cref="Release"/>.</summary>
public sealed class SandboxHold
{
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource held = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once a call is waiting on this hold.</summary>
    public Task Holding => held.Task;

    public void Release() => released.TrySetResult();

    internal async Task WaitAsync(CancellationToken ct)
    {
        held.TrySetResult();
        await released.Task.WaitAsync(ct);
    }
}

/// <summary>The emulated connection was dropped: the HTTP endpoint aborts the request without an answer.</summary>
public sealed class SandboxConnectionDropped() : Exception("The sandbox dropped the connection.");
