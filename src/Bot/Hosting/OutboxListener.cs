using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Hosting;

/// <summary>
/// On PostgreSQL, wakes this instance's senders when any process commits to a bot's outbox (LISTEN on the channel
/// <see cref="OutboxNotifications"/> notifies). Without it, a reply committed by another instance would wait for the
/// sender's next look. On SQLite there is one process, and the in-process signal is enough.
/// </summary>
public sealed class OutboxListener(
    IOptions<DatabaseProviderOptions> provider,
    IOptions<DatabaseOptions> database,
    OutboxSignal signal,
    TimeProvider time,
    ILogger<OutboxListener> logger) : BackgroundService
{
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (provider.Value.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Meanwhile the senders still look at the outbox every few seconds.
                logger.LogWarning("Listening for outbox commits failed ({Error}: {Message}); trying again.", e.GetType().Name, e.Message);
                await Task.Delay(Reconnect, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = database.Value.DedicatedPostgresConnection();
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, e) => signal.Notify(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {OutboxNotifications.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }
}
