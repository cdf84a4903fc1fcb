using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RahZendegi.Bot.Monitoring;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Hosting;

/// <summary>An update waiting in the inbox for its lane.</summary>
public sealed record InboxItem(long InboxId, string BotName, long UserKey, Telegram.Bot.Types.Update Update);

/// <summary>
/// Stores received updates before the messenger is told they arrived, so a crash loses none,
/// and skips the ones already seen, so a redelivery does nothing.
/// </summary>
public sealed class UpdateInbox(IServiceScopeFactory scopes, TimeProvider time, ILogger<UpdateInbox> logger)
{
    /// <summary>
    /// Stores the updates not seen before and returns what the lanes should handle: those, and any seen but not yet
    /// handled (stored by an instance that may have stopped since; handling checks again, so nothing runs twice).
    /// </summary>
    public async Task<IReadOnlyList<InboxItem>> StoreAsync(string botName, IReadOnlyList<ReceivedUpdate> updates, CancellationToken cancellationToken)
    {
        if (updates.Count == 0)
        {
            return [];
        }

        RahZendegiMetrics.Received(botName, updates.Count);
        try
        {
            return await TryStoreAsync(botName, updates, cancellationToken);
        }
        catch (DbUpdateException e) when (Constraints.IsViolation(e))
        {
            // Another instance stored one of them a moment ago (a duplicate delivered to both): read again.
            return await TryStoreAsync(botName, updates, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<InboxItem>> TryStoreAsync(string botName, IReadOnlyList<ReceivedUpdate> updates, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ids = updates.Select(u => u.UpdateId).ToList();
        var seen = await db.InboxUpdates.AsNoTracking().Where(u => u.BotName == botName && ids.Contains(u.UpdateId))
            .ToDictionaryAsync(u => u.UpdateId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var fresh = updates.Where(u => !seen.ContainsKey(u.UpdateId)).DistinctBy(u => u.UpdateId)
            .Select(u => (Update: u, Row: new InboxUpdate
            {
                BotName = botName,
                UpdateId = u.UpdateId,
                UserKey = u.UserKey,
                Payload = u.Payload,
                ReceivedAt = now,
            }))
            .ToList();
        if (fresh.Count < updates.Count)
        {
            logger.LogInformation("Bot {Bot}: {Count} redelivered update(s) ignored.", botName, updates.Count - fresh.Count);
        }

        db.InboxUpdates.AddRange(fresh.Select(f => f.Row));
        await db.SaveChangesAsync(cancellationToken);
        var open = seen.Values.Where(r => r.HandledAt is null).OrderBy(r => r.Id).Select(Item);
        return [.. open, .. fresh.Select(f => new InboxItem(f.Row.Id, botName, f.Row.UserKey, f.Update.Update))];
    }

    /// <summary>This person's updates stored before the given one and not handled yet, oldest first.</summary>
    public async Task<IReadOnlyList<InboxItem>> OpenBeforeAsync(InboxItem item, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.InboxUpdates.AsNoTracking()
            .Where(u => u.BotName == item.BotName && u.HandledAt == null && u.UserKey == item.UserKey && u.Id < item.InboxId)
            .OrderBy(u => u.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(Item)];
    }

    /// <summary>
    /// Updates stored at least <paramref name="age"/> ago and not handled, in arrival order: those left when the process
    /// last stopped (age zero), or stalled because the instance that stored them stopped.
    /// </summary>
    public async Task<IReadOnlyList<InboxItem>> UnhandledAsync(string botName, TimeSpan age, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var before = time.GetUtcNow().UtcDateTime - age;
        var rows = await db.InboxUpdates.AsNoTracking()
            .Where(u => u.BotName == botName && u.HandledAt == null && u.ReceivedAt <= before)
            .OrderBy(u => u.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(Item)];
    }

    private static InboxItem Item(InboxUpdate row) => new(row.Id, row.BotName, row.UserKey, ReceivedUpdate.Parse(row.Payload));
}
