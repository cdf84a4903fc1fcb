using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RahZendegi.Bot.Hosting;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Bot.Workshops;

/// <summary>Once a minute: offers that ran out pass to the next waiter, and day-before reminders are queued.</summary>
public sealed class WorkshopScheduler(IServiceScopeFactory scopes, TimeProvider time, ILogger<WorkshopScheduler> logger)
    : PeriodicRound(scopes, time, logger, TimeSpan.FromMinutes(1))
{
    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var rounds = services.GetRequiredService<WorkshopRounds>();
        await rounds.ExpireOffersAsync(cancellationToken);
        await rounds.QueueRemindersAsync(cancellationToken);
    }
}
