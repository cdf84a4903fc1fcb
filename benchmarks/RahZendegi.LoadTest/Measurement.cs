using HdrHistogram;

namespace RahZendegi.LoadTest;

/// <summary>Reply latencies and counts, kept only while the measured window is open (not during the warm-up).</summary>
public sealed class Measurement
{
    private readonly LongHistogram latencies = new(TimeSpan.FromMinutes(10).Ticks, 3);
    private readonly LongHistogram deliveries = new(TimeSpan.FromMinutes(10).Ticks, 3);
    private readonly Lock gate = new();
    private volatile bool open;
    private int timeouts;

    public long Replies
    {
        get
        {
            lock (gate)
            {
                return latencies.TotalCount;
            }
        }
    }

    public int Timeouts => timeouts;

    public void Open() => open = true;

    public void Close() => open = false;

    public void Record(TimeSpan latency)
    {
        if (!open)
        {
            return;
        }

        lock (gate)
        {
            latencies.RecordValue(Math.Max(0, latency.Ticks));
        }
    }

    /// <summary>An update's wait from its creation at the sandbox to the bot's getUpdates that took it.</summary>
    public void RecordDelivery(TimeSpan latency)
    {
        if (!open)
        {
            return;
        }

        lock (gate)
        {
            deliveries.RecordValue(Math.Max(0, latency.Ticks));
        }
    }

    public TimeSpan DeliveryPercentile(double percentile)
    {
        lock (gate)
        {
            return deliveries.TotalCount == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(deliveries.GetValueAtPercentile(percentile));
        }
    }

    public void RecordTimeout()
    {
        if (open)
        {
            Interlocked.Increment(ref timeouts);
        }
    }

    public TimeSpan Percentile(double percentile)
    {
        lock (gate)
        {
            return latencies.TotalCount == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(latencies.GetValueAtPercentile(percentile));
        }
    }
}
