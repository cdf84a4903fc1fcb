using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Npgsql;
using RahZendegi.Domain.Data;

namespace RahZendegi.Bot.Hosting;

/// <summary>
/// What several bot instances on one PostgreSQL database must not do at once: handle one person's updates, send or
/// poll for one bot, run one scheduled round. Each is a PostgreSQL advisory lock on a connection of its own, so the
/// server frees it the moment its holder stops or dies and another instance goes on. On SQLite there is one process
/// (ADR 7), and every lock is granted at once.
/// </summary>
public sealed class InstanceLocks(IOptions<DatabaseProviderOptions> provider, IOptions<DatabaseOptions> database)
{
    // The two-key form of the advisory locks keeps people and roles apart: the first key says which is meant.
    private const int PersonKey = 1;
    private const int RoleKey = 2;

    private bool Shared => provider.Value.Provider == DatabaseProvider.Postgres;

    /// <summary>Waits until no other instance handles this person's updates, and holds them until disposed.</summary>
    public async Task<Lease> TakePersonAsync(string botName, long userKey, CancellationToken cancellationToken) =>
        // From the pool: this lock is taken for every update, and released before the connection goes back.
        Shared ? await Lease.TakeAsync(new NpgsqlConnection(database.Value.Default), PersonKey, KeyOf($"{botName}\n{userKey}"), cancellationToken) : Lease.Local;

    /// <summary>Waits until this instance holds the role (the sender or the poller of one bot), then holds it until disposed.</summary>
    public async Task<Lease> TakeRoleAsync(string role, CancellationToken cancellationToken) =>
        Shared ? await Lease.TakeAsync(Dedicated(), RoleKey, KeyOf(role), cancellationToken) : Lease.Local;

    /// <summary>The role when no other instance holds it (a scheduled round), else null.</summary>
    public async Task<Lease?> TryTakeRoleAsync(string role, CancellationToken cancellationToken) =>
        Shared ? await Lease.TryTakeAsync(Dedicated(), RoleKey, KeyOf(role), cancellationToken) : Lease.Local;

    // Out of the pool: a role is held for long, and closing its connection must end the session that holds it.
    private NpgsqlConnection Dedicated() => database.Value.DedicatedPostgresConnection();

    // The same name must give the same key in every process: a hash of its own, not string.GetHashCode.
    private static int KeyOf(string name) => BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
}

/// <summary>A held advisory lock; disposing it releases the lock and closes its connection.</summary>
public sealed class Lease : IAsyncDisposable
{
    /// <summary>The lock of a single process: always held.</summary>
    public static readonly Lease Local = new(null, 0, 0);

    private readonly NpgsqlConnection? connection;
    private readonly int space;
    private readonly int key;

    private Lease(NpgsqlConnection? connection, int space, int key) => (this.connection, this.space, this.key) = (connection, space, key);

    /// <summary>True when the lock is shared with other instances (PostgreSQL); false for <see cref="Local"/>.</summary>
    [MemberNotNullWhen(true, nameof(connection))]
    public bool Shared => connection is not null;

    internal static async Task<Lease> TakeAsync(NpgsqlConnection connection, int space, int key, CancellationToken cancellationToken)
    {
        await LockAsync(connection, "SELECT pg_advisory_lock($1, $2)", space, key, cancellationToken);
        return new Lease(connection, space, key);
    }

    internal static async Task<Lease?> TryTakeAsync(NpgsqlConnection connection, int space, int key, CancellationToken cancellationToken)
    {
        if (await LockAsync(connection, "SELECT pg_try_advisory_lock($1, $2)", space, key, cancellationToken) is true)
        {
            return new Lease(connection, space, key);
        }

        await connection.DisposeAsync();
        return null;
    }

    private static async Task<object?> LockAsync(NpgsqlConnection connection, string sql, int space, int key, CancellationToken cancellationToken)
    {
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(sql, connection)
            {
                Parameters = { new() { Value = space }, new() { Value = key } },
                // A wait for a lock another instance holds is as long as that instance keeps it.
                CommandTimeout = 0,
            };
            return await command.ExecuteScalarAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>False once the connection holding the lock is gone: the server has freed it, and another instance may hold it now.</summary>
    public async Task<bool> IsHeldAsync(CancellationToken cancellationToken)
    {
        if (!Shared)
        {
            return true;
        }

        try
        {
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!Shared)
        {
            return;
        }

        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1, $2)", connection)
            {
                Parameters = { new() { Value = space }, new() { Value = key } },
            };
            await command.ExecuteScalarAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The connection is gone, and the server freed the lock with it.
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
