using System.Collections.Concurrent;
using System.Threading.Channels;

namespace RahZendegi.Domain.Messaging;

/// <summary>Wakes a bot's sender as soon as a commit put something in the outbox.</summary>
public sealed class OutboxSignal
{
    private readonly ConcurrentDictionary<string, Channel<bool>> signals = new();

    /// <summary>Wakes the bot's sender; null is a person without a messenger account, who has no bot to wake.</summary>
    public void Notify(string? botName)
    {
        if (botName is not null)
        {
            SignalOf(botName).Writer.TryWrite(true);
        }
    }

    /// <summary>Takes a waiting notification without waiting: true when something was committed since the last look.</summary>
    public bool TryTake(string botName) => SignalOf(botName).Reader.TryRead(out _);

    /// <summary>Waits for a notification or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(string botName, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeoutSource.Token, cancellationToken);
        try
        {
            await SignalOf(botName).Reader.ReadAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The timeout: look at the outbox again for work that became due.
        }
    }

    private Channel<bool> SignalOf(string botName) =>
        signals.GetOrAdd(botName, _ => Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite }));
}
