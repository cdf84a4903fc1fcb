using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RahZendegi.Bot.Hosting;

/// <summary>
/// Work that runs in rounds (reminders, offers that time out): once at start, then every period, each round in
/// its own scope; a failed round is logged and the next one tries again. With several instances on one database,
/// a round runs in one of them at a time: the others skip it while it runs (ADR 7).
/// </summary>
public abstract class PeriodicRound(IServiceScopeFactory scopes, TimeProvider time, ILogger logger, TimeSpan period) : BackgroundService
{
    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(period, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await using var lease = await scope.ServiceProvider.GetRequiredService<InstanceLocks>()
                    .TryTakeRoleAsync("round:" + GetType().Name, stoppingToken);
                if (lease is not null)
                {
                    await RunOnceAsync(scope.ServiceProvider, stoppingToken);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "A round of {Round} failed; the next one tries again.", GetType().Name);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        while (await NextTickAsync(timer, stoppingToken));
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
