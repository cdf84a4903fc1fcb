using Microsoft.Extensions.Options;
using Npgsql;
using RahZendegi.Bot.Hosting;
using RahZendegi.Domain.Data;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Hosting;

/// <summary>
/// The locks two instances on one PostgreSQL database share, as two processes would hold them: each
/// <see cref="InstanceLocks"/> here stands for one instance.
/// </summary>
public sealed class InstanceLocksTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly TestDatabase database = new(DatabaseProvider.Postgres);

    private InstanceLocks Instance() => new(
        Options.Create(new DatabaseProviderOptions { Provider = DatabaseProvider.Postgres }),
        Options.Create(new DatabaseOptions { Default = database.ConnectionString }));

    [Fact]
    public async Task Role_HeldByOneInstance_TheOtherWaitsAndTakesItWhenReleased()
    {
        var (first, second) = (Instance(), Instance());
        var held = await first.TakeRoleAsync("send:telegram", CancellationToken.None);

        var waiting = second.TakeRoleAsync("send:telegram", CancellationToken.None);
        Assert.Null(await second.TryTakeRoleAsync("send:telegram", CancellationToken.None));
        await using (var other = await second.TryTakeRoleAsync("send:bale", CancellationToken.None))
        {
            Assert.NotNull(other);
        }

        Assert.False(waiting.IsCompleted);
        await held.DisposeAsync();
        await using var taken = await waiting.WaitAsync(Bound);
        Assert.True(await taken.IsHeldAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Role_WhoseConnectionDies_IsNoLongerHeldAndPassesToTheOther()
    {
        var (first, second) = (Instance(), Instance());
        await using var held = await first.TakeRoleAsync("poll:telegram", CancellationToken.None);
        var waiting = second.TakeRoleAsync("poll:telegram", CancellationToken.None);

        // As when the holder's process dies or its network goes: the server ends its session.
        await TerminateHolderAsync();

        Assert.False(await held.IsHeldAsync(CancellationToken.None));
        await using var taken = await waiting.WaitAsync(Bound);
        Assert.True(await taken.IsHeldAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Person_HandledByOneInstance_TheOtherWaitsForTheirTurn_OtherPeopleDoNot()
    {
        var (first, second) = (Instance(), Instance());
        var turn = await first.TakePersonAsync("telegram", 5001, CancellationToken.None);

        var sameNext = second.TakePersonAsync("telegram", 5001, CancellationToken.None);
        await using (await second.TakePersonAsync("telegram", 5002, CancellationToken.None).WaitAsync(Bound))
        {
            // Someone else's turn is taken at once.
        }

        await using (await second.TakePersonAsync("bale", 5001, CancellationToken.None).WaitAsync(Bound))
        {
            // The same number on another bot is another person.
        }

        Assert.False(sameNext.IsCompleted);
        await turn.DisposeAsync();
        await (await sameNext.WaitAsync(Bound)).DisposeAsync();
    }

    [Fact]
    public async Task OnSqlite_EveryLockIsGrantedAtOnce()
    {
        var locks = new InstanceLocks(
            Options.Create(new DatabaseProviderOptions { Provider = DatabaseProvider.Sqlite }),
            Options.Create(new DatabaseOptions { Default = "Data Source=unused.db" }));

        await using var first = await locks.TakeRoleAsync("send:telegram", CancellationToken.None);
        await using var second = await locks.TryTakeRoleAsync("send:telegram", CancellationToken.None);

        Assert.NotNull(second);
    }

    // The session holding the role's lock: the only advisory lock granted in this test's database.
    private async Task TerminateHolderAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var terminate = new NpgsqlCommand(
            """
            SELECT pg_terminate_backend(pid) FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """, connection);
        Assert.Equal(true, await terminate.ExecuteScalarAsync());
    }

    public void Dispose() => database.Dispose();
}
