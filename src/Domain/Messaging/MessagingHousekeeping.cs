using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;

namespace RahZendegi.Domain.Messaging;

/// <summary>
/// Keeps the inbox and outbox from growing without end. Handled updates are kept long enough to recognise
/// any redelivery (Telegram keeps an update 24 hours); finished messages long enough for staff to look back.
/// </summary>
public sealed class MessagingHousekeeping(AppDbContext db, TimeProvider time)
{
    public static readonly TimeSpan KeepHandledUpdates = TimeSpan.FromDays(3);
    public static readonly TimeSpan KeepFinishedMessages = TimeSpan.FromDays(30);

    /// <remarks>Commits: a round.</remarks>
    public async Task<(int Updates, int Messages)> PruneAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var updatesBefore = now - KeepHandledUpdates;
        var messagesBefore = now - KeepFinishedMessages;
        var updates = await db.InboxUpdates.Where(u => u.HandledAt != null && u.HandledAt < updatesBefore).ExecuteDeleteAsync(cancellationToken);
        var messages = await db.OutboxMessages.Where(m => m.Status != OutboxStatus.Pending && m.CreatedAt < messagesBefore)
            .ExecuteDeleteAsync(cancellationToken);
        return (updates, messages);
    }
}
