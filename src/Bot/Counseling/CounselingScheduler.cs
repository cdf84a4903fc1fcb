using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RahZendegi.Domain.Counseling;

namespace RahZendegi.Bot.Counseling;

/// <summary>
/// Once a minute: queues the booking reminders that became due, and offers freed slots to people waiting
/// with «خبرم کن» (ending holds that ran out first). The outbox sender delivers what they write.
/// </summary>
public sealed class CounselingScheduler(IServiceScopeFactory scopes, TimeProvider time, ILogger<CounselingScheduler> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        do
        {
            await QueueOnceAsync(stoppingToken);
        }
        while (await NextTickAsync(timer, stoppingToken));
    }

    private async Task QueueOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<BookingReminders>().QueueDueAsync(stoppingToken);
            await scope.ServiceProvider.GetRequiredService<SlotWatches>().MatchAsync(stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "The counselling round (reminders, waiting lists) failed; the next round tries again.");
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
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
