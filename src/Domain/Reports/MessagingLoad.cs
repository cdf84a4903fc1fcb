using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Reports;

/// <summary>One bot's queues now: updates not yet handled, replies and broadcast copies not yet sent, the oldest unsent.</summary>
public sealed record BotQueues(string Bot, int UpdatesWaiting, int RepliesWaiting, int BroadcastsWaiting, TimeSpan? OldestUnsentAge);

/// <summary>An hour on Tehran's clock (its start in UTC) with the updates received and the messages sent in it.</summary>
public sealed record HourLoad(DateTime StartUtc, int Received, int Sent);

/// <summary>
/// The queues per bot and the traffic per hour of the last <see cref="Days"/> days. Handled updates are pruned after
/// <see cref="MessagingHousekeeping.KeepHandledUpdates"/>, so the received figures reach back only to
/// <see cref="ReceivedSince"/>; sent messages are kept longer than the chart reaches.
/// </summary>
public sealed record MessagingFigures(IReadOnlyList<BotQueues> Queues, IReadOnlyList<HourLoad> Hours, DateTime ReceivedSince)
{
    public const int Days = 7;

    /// <summary>True when the inbox keeps less than the chart's seven days.</summary>
    public bool ReceivedIsShorter => Hours.Count > 0 && ReceivedSince > Hours[0].StartUtc;
}

/// <summary>What the system page shows of the inbox and the outbox.</summary>
public sealed class MessagingLoad(AppDbContext db, TimeProvider time)
{
    public async Task<MessagingFigures> BuildAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var inbox = await db.InboxUpdates.AsNoTracking().Where(u => u.HandledAt == null)
            .GroupBy(u => u.BotName).Select(g => new { Bot = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var outbox = await db.OutboxMessages.AsNoTracking().Where(m => m.Status == OutboxStatus.Pending)
            .GroupBy(m => new { m.BotName, m.Priority })
            .Select(g => new { g.Key.BotName, g.Key.Priority, Count = g.Count(), Oldest = g.Min(m => m.CreatedAt) })
            .ToListAsync(cancellationToken);
        var queues = inbox.Select(i => i.Bot).Concat(outbox.Select(o => o.BotName)).Distinct().Order(StringComparer.Ordinal)
            .Select(bot =>
            {
                var pending = outbox.Where(o => o.BotName == bot).ToList();
                var oldest = pending.Count == 0 ? (DateTime?)null : pending.Min(o => o.Oldest);
                return new BotQueues(bot, inbox.Where(i => i.Bot == bot).Sum(i => i.Count),
                    pending.Where(o => o.Priority == OutboxPriority.Reply).Sum(o => o.Count),
                    pending.Where(o => o.Priority == OutboxPriority.Broadcast).Sum(o => o.Count),
                    oldest is { } o ? TimeSpan.FromTicks(Math.Max(0, (now - o).Ticks)) : null);
            }).ToList();

        // Hours on Tehran's clock: Tehran is half an hour off UTC's hours, so the rows are bucketed here, not in SQL.
        var thisHour = TehranHourStart(now);
        var first = thisHour.AddHours(-24 * MessagingFigures.Days + 1);
        var received = await db.InboxUpdates.AsNoTracking().Where(u => u.ReceivedAt >= first).Select(u => u.ReceivedAt).ToListAsync(cancellationToken);
        var sent = await db.OutboxMessages.AsNoTracking().Where(m => m.SentAt != null && m.SentAt >= first).Select(m => m.SentAt!.Value)
            .ToListAsync(cancellationToken);
        var receivedPerHour = received.GroupBy(TehranHourStart).ToDictionary(g => g.Key, g => g.Count());
        var sentPerHour = sent.GroupBy(TehranHourStart).ToDictionary(g => g.Key, g => g.Count());
        var hours = Enumerable.Range(0, 24 * MessagingFigures.Days).Select(i => first.AddHours(i))
            .Select(h => new HourLoad(h, receivedPerHour.GetValueOrDefault(h), sentPerHour.GetValueOrDefault(h))).ToList();

        var receivedSince = now - MessagingHousekeeping.KeepHandledUpdates;
        return new MessagingFigures(queues, hours, receivedSince < first ? first : receivedSince);
    }

    /// <summary>The UTC instant at which the Tehran hour holding <paramref name="utc"/> began.</summary>
    private static DateTime TehranHourStart(DateTime utc)
    {
        var local = JalaliDate.ToTehran(utc);
        var hour = new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(hour, JalaliDate.TehranTimeZone);
    }
}
