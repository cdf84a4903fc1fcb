using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RahZendegi.Domain;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Libraries;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Data;

/// <summary>The per-connection SQLite settings and the queue of writers, as the hosts register them.</summary>
public sealed class SqliteConnectionTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Default"] = database.ConnectionString,
            }).Build())
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILoggerFactory), NullLoggerFactory.Instance)
            .AddDomain()
            .BuildServiceProvider();
        await services.PrepareDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task Open_APooledConnectionAgain_StillHasTheBusyTimeoutAndNormalSync()
    {
        for (var open = 0; open < 3; open++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

            Assert.Equal(30000, await Pragma(db, "PRAGMA busy_timeout"));
            Assert.Equal(1, await Pragma(db, "PRAGMA synchronous"));
        }
    }

    [Fact]
    public async Task SaveChanges_ManyContextsAtOnce_AllCommit()
    {
        var saves = Enumerable.Range(0, 40).Select(async i =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Libraries.Add(NewLibrary($"کتابخانه {i}"));
            await db.SaveChangesAsync();
        });

        await Task.WhenAll(saves);

        await using var check = database.NewContext();
        Assert.Equal(40, await check.Libraries.CountAsync());
    }

    [Fact]
    public async Task SaveChanges_InsideATransactionThatHoldsTheWriteLock_IsNotQueuedBehindAWriterWaitingForThatLock()
    {
        await using var first = services.CreateAsyncScope();
        var holder = first.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await holder.Database.BeginTransactionAsync();
        holder.Libraries.Add(NewLibrary("کتابخانه نخست"));
        await holder.SaveChangesAsync();

        // A second writer gets through the queue and waits inside SQLite for the transaction's lock.
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new DbContextOptionsBuilder<AppDbContext>(services.GetRequiredService<DbContextOptions<AppDbContext>>())
            .AddInterceptors(new CommandStarted(writing)).Options;
        await using var waiter = new AppDbContext(options);
        waiter.Libraries.Add(NewLibrary("کتابخانه دوم"));
        var waiting = Task.Run(() => waiter.SaveChangesAsync());
        await writing.Task;

        holder.Libraries.Add(NewLibrary("کتابخانه سوم"));
        await holder.SaveChangesAsync();
        await transaction.CommitAsync();
        await waiting;

        await using var check = database.NewContext();
        Assert.Equal(3, await check.Libraries.CountAsync());
    }

    private static async Task<long> Pragma(AppDbContext db, string pragma) =>
        await db.Database.SqlQueryRaw<long>(pragma).ToAsyncEnumerable().SingleAsync();

    private static Library NewLibrary(string name) => new() { Name = name, Province = "ایلام", City = "ایلام", Address = "", Active = true };

    private sealed class CommandStarted(TaskCompletionSource started) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            started.TrySetResult();
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            started.TrySetResult();
            return ValueTask.FromResult(result);
        }
    }
}
