namespace RahZendegi.Bot.Hosting;

/// <summary>
/// Spaces sends evenly at a rate per second. A token bucket refilled once a second lets a full second's worth
/// through at once, so a sliding one-second window (as the messengers count) can see nearly twice the rate;
/// even spacing keeps every window at the rate.
/// </summary>
public sealed class SendPacer(int perSecond, TimeProvider time)
{
    private readonly TimeSpan interval = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / Math.Max(1, perSecond));
    private DateTimeOffset next = DateTimeOffset.MinValue;

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // After a pause the schedule starts again from now, so no burst is saved up.
        var slot = next < now ? now : next;
        next = slot + interval;
        if (slot > now)
        {
            await Task.Delay(slot - now, time, cancellationToken);
        }
    }
}
