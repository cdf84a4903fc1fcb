using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
    public async Task<IReadOnlyList<InboxItem>> StoreAsync(string botName, IReadOnlyList<ReceivedUpdate> updates, CancellationToken cancellationToken)
    {
        if (updates.Count == 0)
        {
            return [];
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ids = updates.Select(u => u.UpdateId).ToList();
        var seen = await db.InboxUpdates.Where(u => u.BotName == botName && ids.Contains(u.UpdateId))
            .Select(u => u.UpdateId).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var fresh = updates.Where(u => !seen.Contains(u.UpdateId)).DistinctBy(u => u.UpdateId)
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
        return [.. fresh.Select(f => new InboxItem(f.Row.Id, botName, f.Row.UserKey, f.Update.Update))];
    }

    /// <summary>Updates stored but not handled when the process last stopped, in arrival order.</summary>
    public async Task<IReadOnlyList<InboxItem>> PendingAsync(string botName, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.InboxUpdates.AsNoTracking()
            .Where(u => u.BotName == botName && u.HandledAt == null)
            .OrderBy(u => u.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new InboxItem(r.Id, r.BotName, r.UserKey, ReceivedUpdate.Parse(r.Payload)))];
    }
}
