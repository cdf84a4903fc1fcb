using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RahZendegi.Bot.Hosting;

namespace RahZendegi.Bot.Payments;

/// <summary>Once a minute: asks Bale again about charges it could not confirm when they were paid.</summary>
public sealed class PaymentScheduler(IServiceScopeFactory scopes, TimeProvider time, ILogger<PaymentScheduler> logger)
    : PeriodicRound(scopes, time, logger, TimeSpan.FromMinutes(1))
{
    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<PaymentConfirmations>().ConfirmPendingAsync(cancellationToken);
}
