using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RahZendegi.Domain.Data.Backups;

/// <summary>Takes <see cref="SqliteBackups"/> every <c>Backup:Interval</c> when a folder is set and the database is SQLite.</summary>
public sealed class BackupService(
    IOptions<BackupOptions> options,
    IOptions<DatabaseProviderOptions> provider,
    IOptions<DatabaseOptions> database,
    TimeProvider time,
    ILogger<BackupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backup = options.Value;
        if (backup.Folder.Length == 0 || provider.Value.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        using var timer = new PeriodicTimer(backup.Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var path = await SqliteBackups.TakeAsync(database.Value.Default, backup.Folder, backup.Keep, time.GetUtcNow(), stoppingToken);
                    logger.LogInformation("Backed up the database to {Path}.", path);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The database backup failed; the next one tries again in {Interval}.", backup.Interval);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
