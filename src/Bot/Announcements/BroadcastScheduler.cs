using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RahZendegi.Bot.Hosting;
using RahZendegi.Domain.Announcements;

namespace RahZendegi.Bot.Announcements;

/// <summary>
/// Every two seconds: writes the outbox rows of broadcasts that became due (resuming one a crash cut short)
/// and marks finished ones Done. The outbox sender delivers them, after any replies. An announcement staff send now
/// leaves within two seconds; a round that finds nothing costs two small queries.
/// </summary>
public sealed class BroadcastScheduler(IServiceScopeFactory scopes, TimeProvider time, ILogger<BroadcastScheduler> logger)
    : PeriodicRound(scopes, time, logger, TimeSpan.FromSeconds(2))
{
    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var broadcasts = services.GetRequiredService<BroadcastService>();
        await broadcasts.ExpandDueAsync(cancellationToken);
        await broadcasts.CompleteFinishedAsync(cancellationToken);
    }
}
