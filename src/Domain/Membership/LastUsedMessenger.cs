using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Domain.Membership;

/// <summary>
/// Sends a member's notices, reminders and broadcast copies to the messenger they used last. A booking or seat
/// remembers the account it was made from, and every service writes its notice to that chat; this one place, at the
/// save that writes the row, moves it to the account <see cref="MemberAccounts.TouchAsync"/> marked as used last
/// (the member's own columns). Replies are left alone: they answer the chat that wrote. So are invoices: an in-chat
/// payment exists on Bale only, and is asked for in the chat that chose to pay.
/// </summary>
/// <remarks>
/// Why the messenger used last: it is the one the person reads now, and the one they have not blocked or left; a
/// person who moved from Telegram to Bale should not miss a reminder in the app they stopped opening. Registered
/// before <see cref="OutboxNotifications"/>, so the sender it wakes is the bot the row now names.
/// </remarks>
public sealed class LastUsedMessenger : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db)
        {
            RedirectAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db)
        {
            await RedirectAsync(db, cancellationToken);
        }

        return result;
    }

    private static async Task RedirectAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var rows = db.ChangeTracker.Entries<OutboxMessage>()
            .Where(e => e.State == EntityState.Added && e.Entity is { Kind: OutboxKind.Notice or OutboxKind.Reminder or OutboxKind.Broadcast, PaymentId: null, Payment: null })
            .Select(e => e.Entity).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var chats = rows.Select(r => r.ChatId).Distinct().ToList();
        var addressed = await db.MemberAccounts.AsNoTracking().Where(a => chats.Contains(a.ChatId))
            .Select(a => new { a.BotName, a.ChatId, a.MemberId }).ToListAsync(cancellationToken);
        var memberIds = addressed.Select(a => a.MemberId).Distinct().ToList();
        if (memberIds.Count == 0)
        {
            return;
        }

        // Only members with more than one account can be somewhere else; a reach changed in this very unit of work wins.
        var linked = await db.MemberAccounts.AsNoTracking().Where(a => memberIds.Contains(a.MemberId))
            .GroupBy(a => a.MemberId).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync(cancellationToken);
        var reach = await db.Members.AsNoTracking().Where(m => linked.Contains(m.Id))
            .Select(m => new { m.Id, m.BotName, m.ChatId }).ToDictionaryAsync(m => m.Id, m => (m.BotName, m.ChatId), cancellationToken);
        foreach (var member in db.Members.Local.Where(m => reach.ContainsKey(m.Id)))
        {
            reach[member.Id] = (member.BotName, member.ChatId);
        }

        var copies = new HashSet<(int, string, long)>();
        foreach (var row in rows)
        {
            var account = addressed.FirstOrDefault(a => a.BotName == row.BotName && a.ChatId == row.ChatId);
            if (account is not null && reach.TryGetValue(account.MemberId, out var to) && to is { BotName: { } bot, ChatId: { } chat })
            {
                (row.BotName, row.ChatId) = (bot, chat);
            }

            // A person who subscribed on both messengers before linking them gets a broadcast once, where they are.
            if (row.BroadcastId is { } broadcast && !copies.Add((broadcast, row.BotName, row.ChatId)))
            {
                db.Entry(row).State = EntityState.Detached;
            }
        }
    }
}
