namespace RahZendegi.Bot.Sandbox;

/// <summary>Totals over every chat, for tests that send to thousands of chats at once.</summary>
public sealed partial class SandboxBot
{
    private readonly List<SandboxSend> _sendLog = [];
    private int _botMessagesSent;
    private TaskCompletionSource _botMessageSent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>New messages the bot sent, over all chats (edits not counted).</summary>
    public int BotMessagesSent
    {
        get { lock (_gate) return _botMessagesSent; }
    }

    /// <summary>Every new message the bot sent, over all chats, in the order they arrived.</summary>
    public IReadOnlyList<SandboxSend> SendLog
    {
        get { lock (_gate) return [.. _sendLog]; }
    }

    /// <summary>How many calls the sandbox answered with this error code (429, 403…), over all methods.</summary>
    public int ErrorAnswers(int errorCode)
    {
        lock (_gate)
            return _errors.Count(e => e.Code == errorCode);
    }

    /// <summary>Completes once the bot has sent at least <paramref name="count"/> new messages in all.</summary>
    public async Task WaitForBotMessagesSentAsync(int count, TimeSpan timeout, CancellationToken ct = default)
    {
        var deadline = Now + timeout;
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_botMessagesSent >= count)
                    return;
                changed = _botMessageSent.Task;
            }

            var left = deadline - Now;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException($"The bot sent {BotMessagesSent} messages, not {count}, within {timeout}.");
            await changed.WaitAsync(left, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            ct.ThrowIfCancellationRequested();
        }
    }

    // Call under _gate.
    private void CountBotMessage(long chatId, DateTimeOffset at)
    {
        _sendLog.Add(new SandboxSend(chatId, at));
        _botMessagesSent++;
        _botMessageSent.TrySetResult();
        _botMessageSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>One message the bot sent: to which chat, and when it arrived.</summary>
public readonly record struct SandboxSend(long ChatId, DateTimeOffset At);
