using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Monitoring;

/// <summary>
/// What the database holds, read when metrics are collected (at most once every few seconds, whatever scrapes):
/// the outbox's depth and oldest age per bot, broadcast copies by state, bookings and payments by status. Bookings and
/// payments are totals of committed rows, so <c>rate()</c> over them gives per hour without counting a rolled-back one.
/// </summary>
public sealed class DatabaseGauges
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(5);
    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private Snapshot snapshot = new([], [], [], []);
    private DateTimeOffset takenAt = DateTimeOffset.MinValue;

    private readonly ILogger logger;

    public DatabaseGauges(IServiceScopeFactory scopes, TimeProvider time, IMeterFactory meters, ILogger<DatabaseGauges> logger)
    {
        this.logger = logger;
        this.scopes = scopes;
        this.time = time;

        // A meter of this host's own, gone with it: its readings belong to this host's database.
        var meter = meters.Create(RahZendegiMetrics.MeterName);
        meter.CreateObservableGauge("rahzendegi_outbox_depth", () => Read().Outbox.Select(o => new Measurement<long>(o.Count, Tag("bot", o.Bot), Tag("priority", o.Priority))),
            description: "Messages waiting to be sent, per bot and priority (reply, broadcast).");
        meter.CreateObservableGauge("rahzendegi_outbox_age", () => Read().Outbox.Select(o => new Measurement<double>(o.AgeSeconds, Tag("bot", o.Bot), Tag("priority", o.Priority))),
            unit: "s", description: "Age of the oldest message waiting to be sent, per bot and priority.");
        meter.CreateObservableGauge("rahzendegi_broadcast_copies", () => Read().Broadcast.Select(b => new Measurement<long>(b.Count, Tag("state", b.State))),
            description: "Broadcast copies in the outbox by state (pending, sent, failed): the progress of broadcasts.");
        meter.CreateObservableCounter("rahzendegi_bookings", () => Read().Bookings.Select(b => new Measurement<long>(b.Count, Tag("status", b.State))),
            description: "Counselling bookings made, by their status now.");
        meter.CreateObservableCounter("rahzendegi_payments", () => Read().Payments.Select(p => new Measurement<long>(p.Count, Tag("status", p.State))),
            description: "Payments opened, by their status now (due, paid, waived, refunded, cancelled).");
    }

    private static KeyValuePair<string, object?> Tag(string key, string value) => new(key, value);

    private Snapshot Read()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (now - takenAt < Fresh)
            {
                return snapshot;
            }

            try
            {
                snapshot = Take(now.UtcDateTime);
            }
            catch (Exception e)
            {
                // A database that does not answer shows in health; the metrics keep their last values.
                logger.LogDebug(e, "The database gauges could not be read.");
            }

            takenAt = now;
            return snapshot;
        }
    }

    private Snapshot Take(DateTime now)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outbox = db.OutboxMessages.AsNoTracking().Where(m => m.Status == OutboxStatus.Pending)
            .GroupBy(m => new { m.BotName, m.Priority })
            .Select(g => new { g.Key.BotName, g.Key.Priority, Count = g.LongCount(), Oldest = g.Min(m => m.CreatedAt) })
            .ToList()
            .Select(g => new OutboxRow(g.BotName, g.Priority.ToString().ToLowerInvariant(), g.Count, Math.Max(0, (now - g.Oldest).TotalSeconds)))
            .ToList();
        var broadcast = db.OutboxMessages.AsNoTracking().Where(m => m.Priority == OutboxPriority.Broadcast)
            .GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.LongCount() }).ToList()
            .Select(g => new Counted(g.Key.ToString().ToLowerInvariant(), g.Count)).ToList();
        var bookings = db.Bookings.AsNoTracking().GroupBy(b => b.Status).Select(g => new { g.Key, Count = g.LongCount() }).ToList()
            .Select(g => new Counted(g.Key.ToString(), g.Count)).ToList();
        var payments = db.Payments.AsNoTracking().GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.LongCount() }).ToList()
            .Select(g => new Counted(g.Key.ToString().ToLowerInvariant(), g.Count)).ToList();
        return new Snapshot(outbox, broadcast, bookings, payments);
    }

    private sealed record OutboxRow(string Bot, string Priority, long Count, double AgeSeconds);

    private sealed record Counted(string State, long Count);

    private sealed record Snapshot(List<OutboxRow> Outbox, List<Counted> Broadcast, List<Counted> Bookings, List<Counted> Payments);
}
