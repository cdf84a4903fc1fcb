using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Privacy;

namespace RahZendegi.Bot.Hosting;

/// <summary>
/// Once an hour, prunes old handled updates and finished messages, clears proofs past their retention and the drafts of
/// conversations abandoned past their timeout.
/// </summary>
public sealed class HousekeepingService(IServiceScopeFactory scopes, TimeProvider time, ILogger<HousekeepingService> logger)
    : PeriodicRound(scopes, time, logger, TimeSpan.FromHours(1))
{
    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var (updates, messages) = await services.GetRequiredService<MessagingHousekeeping>().PruneAsync(cancellationToken);
        if (updates + messages > 0)
        {
            logger.LogInformation("Pruned {Updates} handled updates and {Messages} finished messages.", updates, messages);
        }

        var proofs = await services.GetRequiredService<ProofRetention>().ClearExpiredAsync(cancellationToken);
        if (proofs > 0)
        {
            logger.LogInformation("Cleared the files of {Proofs} decided proofs past their retention.", proofs);
        }

        var timeout = services.GetRequiredService<IOptions<PipelineOptions>>().Value.ConversationTimeout;
        var drafts = await services.GetRequiredService<AbandonedDrafts>().ClearAsync(timeout, cancellationToken);
        if (drafts > 0)
        {
            logger.LogInformation("Cleared the drafts of {Drafts} abandoned conversations.", drafts);
        }
    }
}
