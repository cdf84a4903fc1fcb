using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Domain.Data;

/// <summary>
/// The one place that wakes the senders after a commit that wrote outbox rows, for every bot that got some, on both
/// databases: this process's senders through <see cref="OutboxSignal"/>, and on PostgreSQL every instance's through
/// NOTIFY on <see cref="Channel"/> (the sender may be another process, or the panel wrote). A save inside a transaction
/// the caller opened wakes them at its commit, and not at all if it rolls back: before that the rows are not there to
/// be read. So a service writes its messages and saves, and never wakes a sender itself.
/// </summary>
public sealed class OutboxNotifications(OutboxSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public const string Channel = "rz_outbox";

    // The bots of the outbox rows a save is writing, until it ends.
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> saving = [];

    // The bots of rows saved inside a transaction still open, woken at its commit.
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> uncommitted = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Saved(eventData.Context) is { } bots && eventData.Context is { } context)
        {
            if (context.Database.IsNpgsql())
            {
                foreach (var bot in bots)
                {
                    context.Database.ExecuteSql($"SELECT pg_notify({Channel}, {bot})");
                }
            }

            WakeOrHold(context, bots);
        }

        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Saved(eventData.Context) is { } bots && eventData.Context is { } context)
        {
            // Inside a transaction PostgreSQL holds the notification back until the commit, and drops it on a rollback.
            if (context.Database.IsNpgsql())
            {
                foreach (var bot in bots)
                {
                    await context.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {bot})", cancellationToken);
                }
            }

            WakeOrHold(context, bots);
        }

        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(saving, eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(saving, eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => Forget(saving, eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(saving, eventData.Context);
        return Task.CompletedTask;
    }

    // A transaction disposed without a commit or a rollback leaves its bots behind: a new one starts with none.
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Forget(uncommitted, eventData.Context);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Forget(uncommitted, eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => WakeHeld(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        WakeHeld(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(uncommitted, eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(uncommitted, eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(uncommitted, eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(uncommitted, eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var bots = context.ChangeTracker.Entries<OutboxMessage>()
            .Where(e => e.State == EntityState.Added).Select(e => e.Entity.BotName).ToHashSet();
        if (bots.Count > 0)
        {
            saving.AddOrUpdate(context, bots);
        }
        else
        {
            saving.Remove(context);
        }
    }

    private HashSet<string>? Saved(DbContext? context)
    {
        if (context is null || !saving.TryGetValue(context, out var bots))
        {
            return null;
        }

        saving.Remove(context);
        return bots;
    }

    private void WakeOrHold(DbContext context, HashSet<string> bots)
    {
        if (context.Database.CurrentTransaction is null)
        {
            Wake(bots);
        }
        else
        {
            uncommitted.GetOrCreateValue(context).UnionWith(bots);
        }
    }

    private void WakeHeld(DbContext? context)
    {
        if (context is not null && uncommitted.TryGetValue(context, out var bots))
        {
            uncommitted.Remove(context);
            Wake(bots);
        }
    }

    private void Wake(IEnumerable<string> bots)
    {
        foreach (var bot in bots)
        {
            signal.Notify(bot);
        }
    }

    private static void Forget(ConditionalWeakTable<DbContext, HashSet<string>> table, DbContext? context)
    {
        if (context is not null)
        {
            table.Remove(context);
        }
    }
}
