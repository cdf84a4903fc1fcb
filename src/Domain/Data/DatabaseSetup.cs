using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using RahZendegi.Domain.Demo;

namespace RahZendegi.Domain.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// Brings the schema up to date through migrations, writes the defaults every install has, and, when asked, fills
    /// an empty database with demo data.
    /// </summary>
    /// <remarks>Commits: start-up work, outside any update.</remarks>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        // Instances starting together on a new PostgreSQL database would each find every migration pending, and the
        // migrations lock of EF Core does not stop the second from creating the tables again ("relation already
        // exists"): one instance at a time prepares the database, the next finds it done. Closing the connection frees
        // the lock, also when this instance dies.
        await using var startUp = db.Database.IsNpgsql() ? await TakeStartUpLockAsync(scope.ServiceProvider, cancellationToken) : null;

        // Most starts are restarts on a database already up to date. Migrating then would still take the migration
        // lock and compare the model with the migrations' snapshot, the slowest part of a restart after the runtime's
        // own start; a look at the history is enough (under the start-up lock above on PostgreSQL).
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (db.Database.IsSqlite())
        {
            // WAL lets the panel read while the bot writes; the mode is stored in the file itself.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await InstallDefaults.WriteAsync(db, time, cancellationToken);
        if (scope.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value.Seed)
        {
            var seeded = await DemoData.SeedIfEmptyAsync(db, time, cancellationToken);
            if (seeded)
            {
                scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseSetup))
                    .LogInformation("Demo data created: libraries, counsellors, workshops and a discount code.");
            }
        }
    }

    // Key space 3 of the advisory locks: 1 and 2 are a person's turn and an instance's roles (ADR 7).
    private static async Task<NpgsqlConnection> TakeStartUpLockAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var connection = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.DedicatedPostgresConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(3, 0)", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
