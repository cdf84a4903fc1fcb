using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Data;

/// <summary>The one wake after a commit: every bot that got outbox rows, once the rows can be read, and never for rows rolled back.</summary>
public sealed class OutboxNotificationsOnSqliteTests() : OutboxNotificationsTests(DatabaseProvider.Sqlite);

public sealed class OutboxNotificationsOnPostgresTests() : OutboxNotificationsTests(DatabaseProvider.Postgres);

public abstract class OutboxNotificationsTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);

    private DomainServices services = null!;
    private AppDbContext db = null!;

    private OutboxSignal Signal => services.Root.GetRequiredService<OutboxSignal>();

    public async Task InitializeAsync()
    {
        services = await DomainServices.StartAsync(new FakeTimeProvider(Now), provider);
        db = services.Db;
    }

    public Task DisposeAsync() => services.DisposeAsync().AsTask();

    private void Write(string bot) => db.OutboxMessages.Add(OutboxMessage.Create(bot, 7, new OutgoingText("سلام"), Now, OutboxKind.Notice));

    [Fact]
    public async Task Save_WithRowsForTwoBots_WakesBothSendersAndNoOther()
    {
        Write("telegram");
        Write("telegram");
        Write("bale");

        await db.SaveChangesAsync();

        Assert.True(Signal.TryTake("telegram"));
        Assert.False(Signal.TryTake("telegram"));
        Assert.True(Signal.TryTake("bale"));
        Assert.False(Signal.TryTake("other"));
    }

    [Fact]
    public async Task Save_WithoutOutboxRows_WakesNobody()
    {
        db.Libraries.Add(Seed.Library());

        await db.SaveChangesAsync();

        Assert.False(Signal.TryTake("telegram"));
    }

    [Fact]
    public async Task Save_InsideATransaction_WakesTheSenderOnlyAtTheCommit()
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        Write("telegram");
        await db.SaveChangesAsync();

        Assert.False(Signal.TryTake("telegram"));
        await transaction.CommitAsync();
        Assert.True(Signal.TryTake("telegram"));
    }

    [Fact]
    public async Task Save_InsideATransactionRolledBack_WakesNobodyThenOrAtTheNextCommit()
    {
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Write("telegram");
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        db.ChangeTracker.Clear();
        db.Libraries.Add(Seed.Library());
        await db.SaveChangesAsync();

        Assert.False(Signal.TryTake("telegram"));
        Assert.Equal(0, await db.OutboxMessages.CountAsync());
    }
}
