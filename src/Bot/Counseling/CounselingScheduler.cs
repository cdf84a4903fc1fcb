using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RahZendegi.Bot.Hosting;
using RahZendegi.Bot.Monitoring;
using RahZendegi.Domain.Counseling;

namespace RahZendegi.Bot.Counseling;

/// <summary>
/// Once a minute: queues the booking reminders that became due, and offers freed slots to people waiting
/// with «خبرم کن» (ending holds that ran out first). The outbox sender delivers what they write.
/// </summary>
public sealed class CounselingScheduler(IServiceScopeFactory scopes, TimeProvider time, ILogger<CounselingScheduler> logger)
    : PeriodicRound(scopes, time, logger, TimeSpan.FromMinutes(1))
{
    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        RahZendegiMetrics.Due(await services.GetRequiredService<BookingReminders>().QueueDueAsync(cancellationToken));
        await services.GetRequiredService<SlotWatches>().MatchAsync(cancellationToken);
    }
}
