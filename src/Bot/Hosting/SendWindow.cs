namespace RahZendegi.Bot.Hosting;

/// <summary>
/// At most <c>limit</c> sends in any window of <c>length</c>, counted as a messenger counts them: by arrival.
/// A send holds its place from its start (it may arrive at once) until one window after its end (it may arrive
/// just before its answer), so no window of arrivals holds more than the limit, whatever the latency and however
/// many sends run at once.
/// </summary>
public sealed class SendWindow(int limit, TimeSpan length, TimeProvider time)
{
    private static readonly TimeSpan BusyWait = TimeSpan.FromMilliseconds(10);

    private readonly Lock gate = new();
    private readonly Queue<DateTimeOffset> ended = new();
    private readonly int limit = Math.Max(1, limit);
    private int running;

    /// <summary>No send running and none within the last window: the window can be forgotten.</summary>
    public bool IsIdle
    {
        get
        {
            lock (gate)
            {
                Trim(time.GetUtcNow());
                return running == 0 && ended.Count == 0;
            }
        }
    }

    /// <summary>True when a send may start now; otherwise how long until one may.</summary>
    public bool IsOpen(out TimeSpan wait)
    {
        lock (gate)
        {
            return IsOpen(time.GetUtcNow(), out wait);
        }
    }

    public async Task EnterAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                if (IsOpen(time.GetUtcNow(), out wait))
                {
                    running++;
                    return;
                }
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>The send entered has ended, sent or not.</summary>
    public void Exit()
    {
        lock (gate)
        {
            running--;
            ended.Enqueue(time.GetUtcNow());
        }
    }

    // Call under gate.
    private bool IsOpen(DateTimeOffset now, out TimeSpan wait)
    {
        Trim(now);
        if (running + ended.Count < limit)
        {
            wait = TimeSpan.Zero;
            return true;
        }

        // Ends are queued nearly in order; an out-of-order one only makes the wait longer, never too short.
        wait = ended.Count > 0 ? ended.Peek() + length - now : BusyWait;
        return false;
    }

    private void Trim(DateTimeOffset now)
    {
        while (ended.Count > 0 && now - ended.Peek() >= length)
        {
            ended.Dequeue();
        }
    }
}
