using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Domain.Data;

/// <summary>
/// On PostgreSQL, a save that wrote to a bot's outbox also sends NOTIFY on <see cref="Channel"/> with the bot's name.
/// The instance sending for that bot may be another process (another bot instance, or the panel wrote); LISTEN wakes
/// it at once. Inside a transaction the notification leaves at its commit, and not at all if it rolls back.
/// </summary>
public sealed class OutboxNotifications : SaveChangesInterceptor
{
    public const string Channel = "rz_outbox";

    private readonly ConditionalWeakTable<DbContext, List<string>> saving = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            var bots = context.ChangeTracker.Entries<OutboxMessage>()
                .Where(e => e.State == EntityState.Added).Select(e => e.Entity.BotName).Distinct().ToList();
            saving.AddOrUpdate(context, bots);
        }

        return ValueTask.FromResult(result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && saving.TryGetValue(context, out var bots))
        {
            saving.Remove(context);
            foreach (var bot in bots)
            {
                await context.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {bot})", cancellationToken);
            }
        }

        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            saving.Remove(context);
        }

        return Task.CompletedTask;
    }
}
