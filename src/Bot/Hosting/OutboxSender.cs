using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Hosting;

/// <summary>
/// Drains one bot's outbox: replies before broadcasts, within the platform's per-bot and per-chat rates.
/// It alone paces and retries; a 429 pauses the whole bot, a 403 marks the person unreachable.
/// </summary>
public sealed class OutboxSender(
    BotEndpoint bot,
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    TimeProvider time,
    PipelineOptions options,
    ILogger logger) : IAsyncDisposable
{
    private const int BatchSize = 200;
    private const int MaxAttempts = 8;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(5);

    private readonly TokenBucketRateLimiter botRate = new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = Math.Max(1, options.MessagesPerSecondPerBot),
        TokensPerPeriod = Math.Max(1, options.MessagesPerSecondPerBot),
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = int.MaxValue,
        AutoReplenishment = true,
    });

    private readonly PartitionedRateLimiter<long> chatRate = PartitionedRateLimiter.Create<long, long>(chatId =>
        RateLimitPartition.GetTokenBucketLimiter(chatId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, options.ChatBurst),
            TokensPerPeriod = Math.Max(1, options.MessagesPerSecondPerChat),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var wait = await SendDueAsync(stopping);
                if (wait > TimeSpan.Zero)
                {
                    await signal.WaitAsync(bot.Name, wait, time, stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Bot {Bot}: the outbox sender failed; it tries again shortly.", bot.Name);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Sends what is due; returns how long to wait before looking again (zero: at once).</summary>
    private async Task<TimeSpan> SendDueAsync(CancellationToken stopping)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var batch = await db.OutboxMessages
            .Where(m => m.BotName == bot.Name && m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.Priority).ThenBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(stopping);
        if (batch.Count == 0)
        {
            var next = await db.OutboxMessages
                .Where(m => m.BotName == bot.Name && m.Status == OutboxStatus.Pending)
                .MinAsync(m => (DateTime?)m.NextAttemptAt, stopping);
            return next is null ? IdleWait : Clamp(next.Value - now);
        }

        // A chat whose message must wait keeps its later messages waiting too, so one chat's order holds.
        var held = new HashSet<long>();
        var shortestChatWait = TimeSpan.MaxValue;
        foreach (var message in batch)
        {
            if (stopping.IsCancellationRequested)
            {
                break;
            }

            if (held.Contains(message.ChatId))
            {
                continue;
            }

            using var chatLease = chatRate.AttemptAcquire(message.ChatId);
            if (!chatLease.IsAcquired)
            {
                held.Add(message.ChatId);
                var retryAfter = chatLease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
                shortestChatWait = retryAfter < shortestChatWait ? retryAfter : shortestChatWait;
                continue;
            }

            using var botLease = await botRate.AcquireAsync(1, stopping);

            // Once a send starts it runs to its end and is recorded, even while the host stops:
            // a send cut off unrecorded would be sent again after the restart.
            var outcome = await SendOneAsync(message);
            now = time.GetUtcNow().UtcDateTime;
            await ApplyAsync(db, message, outcome, now);
            await db.SaveChangesAsync(CancellationToken.None);
            if (outcome.Kind == SendOutcomeKind.RateLimited)
            {
                logger.LogWarning("Bot {Bot}: rate limited by the platform; sending paused for {Seconds}s.", bot.Name, outcome.RetryAfter.TotalSeconds);
                return outcome.RetryAfter;
            }

            if (outcome.Kind == SendOutcomeKind.Retry)
            {
                held.Add(message.ChatId);
            }
        }

        return held.Count == batch.Select(m => m.ChatId).Distinct().Count() && shortestChatWait != TimeSpan.MaxValue
            ? Clamp(shortestChatWait)
            : TimeSpan.Zero;
    }

    private async Task<SendOutcome> SendOneAsync(OutboxMessage message)
    {
        try
        {
            await MessengerCalls.SendAsync(bot, message.ChatId, Outgoing.Deserialize(message.Payload), CancellationToken.None);
            return SendOutcome.Sent;
        }
        catch (Exception e)
        {
            return SendOutcome.FromException(e);
        }
    }

    private async Task ApplyAsync(AppDbContext db, OutboxMessage message, SendOutcome outcome, DateTime now)
    {
        message.Attempts++;
        switch (outcome.Kind)
        {
            case SendOutcomeKind.Sent:
                message.Status = OutboxStatus.Sent;
                message.SentAt = now;
                break;
            case SendOutcomeKind.RateLimited:
                message.Attempts--;
                message.NextAttemptAt = now + outcome.RetryAfter;
                break;
            case SendOutcomeKind.Blocked:
                message.Status = OutboxStatus.Failed;
                message.Error = outcome.Error;
                await db.Conversations.Where(c => c.BotName == bot.Name && c.ChatId == message.ChatId)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Unreachable, true));
                break;
            case SendOutcomeKind.Retry when message.Attempts < MaxAttempts:
                message.NextAttemptAt = now + Backoff(message.Attempts);
                message.Error = outcome.Error;
                break;
            default:
                message.Status = OutboxStatus.Failed;
                message.Error = outcome.Error;
                logger.LogWarning("Bot {Bot}: outbox message {Id} failed for good: {Error}", bot.Name, message.Id, outcome.Error);
                break;
        }
    }

    /// <summary>Exponential backoff with jitter, so retries of many messages do not arrive together.</summary>
    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(60_000, 500 * Math.Pow(2, attempt - 1)) * (0.5 + Random.Shared.NextDouble()));

    private static TimeSpan Clamp(TimeSpan wait) =>
        wait < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : wait > IdleWait ? IdleWait : wait;

    public async ValueTask DisposeAsync()
    {
        await botRate.DisposeAsync();
        await chatRate.DisposeAsync();
    }
}
