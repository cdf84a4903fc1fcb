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
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(5);

    private readonly TokenBucketRateLimiter botRate = new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = Math.Max(1, options.MessagesPerSecondPerBot),
        TokensPerPeriod = Math.Max(1, options.MessagesPerSecondPerBot),
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = int.MaxValue,
        AutoReplenishment = true,
    });

    // Broadcasts take a slower pace within the bot's rate, leaving room for replies.
    private readonly SendPacer broadcastPace = new(options.BroadcastsPerSecondPerBot ?? bot.Capabilities.DefaultBroadcastRate, time);
    private readonly Dictionary<int, byte[]> broadcastPhotos = [];

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
        var batch = await DueBatchAsync(db, now, stopping);
        if (batch.Count == 0)
        {
            var next = await db.OutboxMessages
                .Where(m => m.BotName == bot.Name && m.Status == OutboxStatus.Pending)
                .MinAsync(m => (DateTime?)m.NextAttemptAt, stopping);
            return next is null ? IdleWait : Clamp(next.Value - now);
        }

        var unreachable = await UnreachableChatsAsync(db, batch, stopping);

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

            var isBroadcast = message.Priority == OutboxPriority.Broadcast;
            if (isBroadcast && unreachable.Contains(message.ChatId))
            {
                // Replies are still tried (the person may have unblocked the bot); a broadcast to a chat known blocked is not.
                OutboxOutcomes.Apply(message, SendOutcome.Unreachable, time.GetUtcNow().UtcDateTime, logger, bot.Name);
                await db.SaveChangesAsync(CancellationToken.None);
                continue;
            }

            // Something was committed since the batch was read, perhaps a reply: read again, replies first.
            if (isBroadcast && signal.TryTake(bot.Name))
            {
                return TimeSpan.Zero;
            }

            using var chatLease = chatRate.AttemptAcquire(message.ChatId);
            if (!chatLease.IsAcquired)
            {
                held.Add(message.ChatId);
                var retryAfter = chatLease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
                shortestChatWait = retryAfter < shortestChatWait ? retryAfter : shortestChatWait;
                continue;
            }

            if (isBroadcast)
            {
                await broadcastPace.WaitAsync(stopping);
            }

            using var botLease = await botRate.AcquireAsync(1, stopping);

            // Once a send starts it runs to its end and is recorded, even while the host stops:
            // a send cut off unrecorded would be sent again after the restart.
            var outcome = await SendOneAsync(db, message);
            now = time.GetUtcNow().UtcDateTime;
            if (OutboxOutcomes.Apply(message, outcome, now, logger, bot.Name))
            {
                await db.Conversations.Where(c => c.BotName == bot.Name && c.ChatId == message.ChatId)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Unreachable, true), CancellationToken.None);
                unreachable.Add(message.ChatId);
            }

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

    /// <summary>
    /// Replies first, then broadcasts to fill the batch. Two reads on the outbox index rather than one sort on
    /// the priority column, which is stored as text and would sort «Broadcast» before «Reply».
    /// </summary>
    private async Task<List<OutboxMessage>> DueBatchAsync(AppDbContext db, DateTime now, CancellationToken stopping)
    {
        IQueryable<OutboxMessage> Due(OutboxPriority priority) => db.OutboxMessages
            .Where(m => m.BotName == bot.Name && m.Status == OutboxStatus.Pending && m.Priority == priority && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id);

        var batch = await Due(OutboxPriority.Reply).Take(BatchSize).ToListAsync(stopping);
        if (batch.Count < BatchSize)
        {
            batch.AddRange(await Due(OutboxPriority.Broadcast).Take(BatchSize - batch.Count).ToListAsync(stopping));
        }

        return batch;
    }

    private async Task<HashSet<long>> UnreachableChatsAsync(AppDbContext db, List<OutboxMessage> batch, CancellationToken stopping)
    {
        var chats = batch.Where(m => m.Priority == OutboxPriority.Broadcast).Select(m => m.ChatId).Distinct().ToList();
        return chats.Count == 0
            ? []
            : [.. await db.Conversations.Where(c => c.BotName == bot.Name && c.Unreachable && chats.Contains(c.ChatId)).Select(c => c.ChatId).ToListAsync(stopping)];
    }

    private async Task<SendOutcome> SendOneAsync(AppDbContext db, OutboxMessage message)
    {
        try
        {
            var outgoing = Outgoing.Deserialize(message.Payload);

            // A broadcast's image is kept once, on the broadcast, not in each of its thousands of outbox rows.
            if (outgoing is OutgoingPhoto { Png.Length: 0 } photo && message.BroadcastId is { } broadcastId)
            {
                if (!broadcastPhotos.TryGetValue(broadcastId, out var png))
                {
                    png = await db.Broadcasts.Where(b => b.Id == broadcastId).Select(b => b.Photo).SingleAsync() ?? [];
                    broadcastPhotos[broadcastId] = png;
                }

                outgoing = photo with { Png = png };
            }

            await MessengerCalls.SendAsync(bot, message.ChatId, outgoing, CancellationToken.None);
            return SendOutcome.Sent;
        }
        catch (Exception e)
        {
            return SendOutcome.FromException(e);
        }
    }

    private static TimeSpan Clamp(TimeSpan wait) =>
        wait < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : wait > IdleWait ? IdleWait : wait;

    public async ValueTask DisposeAsync()
    {
        await botRate.DisposeAsync();
        await chatRate.DisposeAsync();
    }
}
