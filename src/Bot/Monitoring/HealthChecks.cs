using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using RahZendegi.Bot.Hosting;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;
using Telegram.Bot;

namespace RahZendegi.Bot.Monitoring;

/// <summary>Ready needs a database that answers, with every migration of this build applied.</summary>
internal sealed class DatabaseHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("The database answers and its migrations are applied.")
                : HealthCheckResult.Unhealthy($"{pending.Count} migrations are not applied, the first {pending[0]}.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The database does not answer ({e.GetType().Name}).");
        }
    }
}

/// <summary>
/// Ready needs every bot this process serves to have reached its messenger lately. A bot quiet for longer (an instance
/// that neither polls nor sends for it, a webhook bot nobody wrote to) is asked getMe once, here.
/// </summary>
internal sealed class BotsHealthCheck(BotRegistry registry, IOptions<MonitoringOptions> options, TimeProvider time) : IHealthCheck
{
    public const string Name = "bots";
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var silence = options.Value.BotSilence;
        var quiet = new List<string>();
        foreach (var bot in registry.All)
        {
            if (time.GetUtcNow() - bot.Contact.LastSuccess < silence)
            {
                continue;
            }

            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(AskTimeout);
            try
            {
                await bot.Client.GetMe(limit.Token);
            }
            catch (Exception e) when (e is Telegram.Bot.Exceptions.RequestException or HttpRequestException or OperationCanceledException)
            {
                quiet.Add(bot.Name);
            }
        }

        return quiet.Count == 0
            ? HealthCheckResult.Healthy($"{registry.All.Count} bots reached their messenger.")
            : HealthCheckResult.Unhealthy($"No successful call to the messenger within {silence}: {string.Join(", ", quiet)}.");
    }
}

/// <summary>Ready needs the oldest reply still waiting to be sent to be younger than <see cref="MonitoringOptions.ReplyAge"/>.</summary>
internal sealed class OutboxHealthCheck(IServiceScopeFactory scopes, IOptions<MonitoringOptions> options, TimeProvider time) : IHealthCheck
{
    public const string Name = "outbox";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var oldest = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Status == OutboxStatus.Pending && m.Priority == OutboxPriority.Reply)
                .MinAsync(m => (DateTime?)m.CreatedAt, cancellationToken);
            var age = oldest is null ? TimeSpan.Zero : time.GetUtcNow().UtcDateTime - oldest.Value;
            return age < options.Value.ReplyAge
                ? HealthCheckResult.Healthy($"The oldest unsent reply is {age.TotalSeconds:0} s old.")
                : HealthCheckResult.Unhealthy($"The oldest unsent reply is {age.TotalSeconds:0} s old, more than {options.Value.ReplyAge}.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The outbox could not be read ({e.GetType().Name}).");
        }
    }
}
