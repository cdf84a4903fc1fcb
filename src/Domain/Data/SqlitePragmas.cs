using System.Data.Common;
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

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
