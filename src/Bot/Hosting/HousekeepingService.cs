using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Hosting;

/// <summary>Once an hour, prunes old handled updates and finished messages.</summary>
public sealed class HousekeepingService(IServiceScopeFactory scopes, TimeProvider time, ILogger<HousekeepingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        try
        {
            do
            {
                await using var scope = scopes.CreateAsyncScope();
                var (updates, messages) = await scope.ServiceProvider.GetRequiredService<MessagingHousekeeping>().PruneAsync(stoppingToken);
                if (updates + messages > 0)
                {
                    logger.LogInformation("Pruned {Updates} handled updates and {Messages} finished messages.", updates, messages);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
