using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RahZendegi.Bot.Hosting;
using RahZendegi.Domain.Announcements;

namespace RahZendegi.Bot.Announcements;

/// <summary>
/// Every few seconds: writes the outbox rows of broadcasts that became due (resuming one a crash cut short)
/// and marks finished ones Done. The outbox sender delivers them, after any replies.
/// </summary>
public sealed class BroadcastScheduler(IServiceScopeFactory scopes, TimeProvider time, ILogger<BroadcastScheduler> logger)
    : PeriodicRound(scopes, time, logger, TimeSpan.FromSeconds(10))
{
    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var broadcasts = services.GetRequiredService<BroadcastService>();
        await broadcasts.ExpandDueAsync(cancellationToken);
        await broadcasts.CompleteFinishedAsync(cancellationToken);
    }
}
