using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
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

        // Most starts are restarts on a database already up to date. Migrating then would still take the migration
        // lock and compare the model with the migrations' snapshot, the slowest part of a restart after the runtime's
        // own start; a look at the history is enough. When one is pending, the migration takes the lock and reads the
        // history again, so instances starting together still apply each migration once.
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
}
