using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RahZendegi.Domain.Data;

/// <summary>
/// Per-connection SQLite settings. A writer that finds the file locked waits inside SQLite, which retries
/// within milliseconds, instead of the driver's own retry that sleeps far longer between tries; and in WAL
/// mode a commit need not wait for the disk (a power cut may lose the last commits, never corrupt the file).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    // The settings live as long as the native connection, and the pool hands the same one out again and again:
    // they are set on its first open only, not on each of the many opens of every update.
    private static readonly ConditionalWeakTable<object, object> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsFirstOpen(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsFirstOpen(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static bool IsFirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } native } || Configured.TryAdd(native, Configured);
}
