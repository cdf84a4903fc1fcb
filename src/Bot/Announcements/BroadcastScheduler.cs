using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RahZendegi.Domain.Announcements;

namespace RahZendegi.Bot.Announcements;

/// <summary>
/// Every few seconds: writes the outbox rows of broadcasts that became due (resuming one a crash cut short)
/// and marks finished ones Done. The outbox sender delivers them, after any replies.
/// </summary>
public sealed class BroadcastScheduler(IServiceScopeFactory scopes, TimeProvider time, ILogger<BroadcastScheduler> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var broadcasts = scope.ServiceProvider.GetRequiredService<BroadcastService>();
                await broadcasts.ExpandDueAsync(stoppingToken);
                await broadcasts.CompleteFinishedAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "The broadcast round failed; the next round resumes where it stopped.");
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
