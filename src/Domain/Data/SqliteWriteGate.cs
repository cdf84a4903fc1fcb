using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RahZendegi.Domain.Data;

/// <summary>
/// SQLite lets one writer in at a time. A commit that finds another under way waits inside SQLite, which sleeps
/// in growing steps (1, 2, 5, 10 … 100 ms) between tries; under load the lanes, the inbox and the sender then spend
/// far longer asleep than writing. So the commits of one process queue here instead, in turn, and find the file free.
/// Another process (the admin panel) still meets SQLite's own wait.
/// </summary>
internal sealed class SqliteWriteGate : SaveChangesInterceptor
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    // The gate a context holds during its SaveChanges, to let go of when it ends however it ends.
    private static readonly ConditionalWeakTable<DbContext, SemaphoreSlim> Held = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (GateFor(eventData.Context) is { } gate)
        {
            gate.Wait();
            Held.AddOrUpdate(eventData.Context!, gate);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (GateFor(eventData.Context) is { } gate)
        {
            await gate.WaitAsync(cancellationToken);
            Held.AddOrUpdate(eventData.Context!, gate);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    // A concurrency conflict does not end in SaveChangesFailed: EF reports it here instead, and the gate must open.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    // Inside a transaction the caller opened, the connection may already hold SQLite's write lock from an earlier
    // write; waiting here for a writer that waits for that lock would block both, so such a save goes straight on.
    private static SemaphoreSlim? GateFor(DbContext? context) =>
        context is null || context.Database.CurrentTransaction is not null || context.Database.GetConnectionString() is not { } file
            ? null
            : Gates.GetOrAdd(file, _ => new SemaphoreSlim(1, 1));

    private static void Release(DbContext? context)
    {
        if (context is not null && Held.TryGetValue(context, out var gate))
        {
            Held.Remove(context);
            gate.Release();
        }
    }
}
