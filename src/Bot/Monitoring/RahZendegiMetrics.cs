using System.Diagnostics;
using System.Diagnostics.Metrics;
using RahZendegi.Bot.Hosting;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Monitoring;

/// <summary>
/// The meter <c>RahZendegi</c>: counters and histograms the update and send paths add to, cheap there (no allocation
/// beyond the tags, whose values are the bot's name and fixed words). What lives in the database (queue depths,
/// bookings, payments) is read at collection time by <see cref="DatabaseGauges"/>. Exported as <c>rahzendegi_…</c>.
/// </summary>
public static class RahZendegiMetrics
{
    public const string MeterName = "RahZendegi";

    internal static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> UpdatesReceived = Meter.CreateCounter<long>("rahzendegi_updates_received", description: "Updates stored in the inbox, per bot.");
    private static readonly Counter<long> UpdatesHandled = Meter.CreateCounter<long>("rahzendegi_updates_handled", description: "Updates handled and committed, per bot and outcome (ok, failed).");
    private static readonly Histogram<double> HandlingTime = Meter.CreateHistogram<double>("rahzendegi_update_handling", unit: "s",
        description: "Time to handle one update, from taking the person's turn to the commit.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15] });
    private static readonly Counter<long> Sends = Meter.CreateCounter<long>("rahzendegi_sends", description: "Send attempts, per bot, outcome (sent, 429, 403, retried, failed) and kind.");
    private static readonly Counter<long> RemindersDue = Meter.CreateCounter<long>("rahzendegi_reminders_due", description: "Counselling reminders queued because they fell due.");
    private static readonly Counter<long> RemindersSent = Meter.CreateCounter<long>("rahzendegi_reminders_sent", description: "Reminders the messenger accepted.");

    // Fixed words for tags, so a measurement allocates no string.
    private static readonly string[] KindNames = Enum.GetNames<OutboxKind>().Select(n => n.ToLowerInvariant()).ToArray();

    public static void Received(string bot, int count) => UpdatesReceived.Add(count, new KeyValuePair<string, object?>("bot", bot));

    public static void Handled(string bot, bool ok, TimeSpan elapsed)
    {
        var botTag = new KeyValuePair<string, object?>("bot", bot);
        UpdatesHandled.Add(1, botTag, new KeyValuePair<string, object?>("outcome", ok ? "ok" : "failed"));
        HandlingTime.Record(elapsed.TotalSeconds, botTag);
    }

    public static void Sent(string bot, OutboxKind kind, SendOutcomeKind outcome)
    {
        var word = outcome switch
        {
            SendOutcomeKind.Sent => "sent",
            SendOutcomeKind.RateLimited => "429",
            SendOutcomeKind.Blocked or SendOutcomeKind.Unreachable => "403",
            SendOutcomeKind.Retry => "retried",
            _ => "failed",
        };
        var kindName = (int)kind < KindNames.Length ? KindNames[(int)kind] : "unknown";
        Sends.Add(1, new KeyValuePair<string, object?>("bot", bot), new KeyValuePair<string, object?>("outcome", word), new KeyValuePair<string, object?>("kind", kindName));
        if (kind == OutboxKind.Reminder && outcome == SendOutcomeKind.Sent)
        {
            RemindersSent.Add(1);
        }
    }

    public static void Due(int reminders)
    {
        if (reminders > 0)
        {
            RemindersDue.Add(reminders);
        }
    }

    /// <summary>A start time for <see cref="Handled"/>, without allocating.</summary>
    public static long Now() => Stopwatch.GetTimestamp();

    public static TimeSpan Since(long start) => Stopwatch.GetElapsedTime(start);
}
