using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Polly;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Hosting;

/// <summary>
/// Drains one bot's outbox: replies before broadcasts, within the platform's per-bot and per-chat rates, several
/// chats at once so that one slow chat holds up no one else, one message at a time per chat so that its order holds.
/// It alone paces and retries (through a Polly pipeline, every attempt written to the outbox first); a 429 pauses
/// the whole bot, a 403 marks the person unreachable.
/// </summary>
public sealed partial class OutboxSender : IAsyncDisposable
{
    private const int BatchSize = 200;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(5);

    private readonly BotEndpoint bot;
    private readonly IServiceScopeFactory scopes;
    private readonly OutboxSignal signal;
    private readonly SendRecords records;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    private readonly SendWindow botWindow;
    private readonly int chatBurst;
    private readonly TimeSpan chatWindowLength;
    private readonly Dictionary<long, SendWindow> chatWindows = [];

    // Broadcasts take a slower pace within the bot's rate, leaving room for replies.
    private readonly SendPacer broadcastPace;
    
    // A send holds a slot from its start until its outcome is written.
    private readonly SemaphoreSlim sendSlots;
    private readonly ConcurrentDictionary<long, Task> inFlight = new();
    private readonly Channel<bool> finished = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<int, byte[]> broadcastPhotos = new();
    private readonly ResiliencePipeline<SendOutcome> retries;
    private long pausedUntilTicks;

    public OutboxSender(
        BotEndpoint bot, IServiceScopeFactory scopes, OutboxSignal signal, SendRecords records, TimeProvider time, PipelineOptions options, ILogger logger)
    {
        this.bot = bot;
        this.scopes = scopes;
        this.signal = signal;
        this.records = records;
        this.time = time;
        this.logger = logger;
        botWindow = new SendWindow(options.MessagesPerSecondPerBot, TimeSpan.FromSeconds(1), time);

        // A short burst to one chat, then its rate: at most ChatBurst messages in ChatBurst/rate seconds.
        chatBurst = Math.Max(1, options.ChatBurst);
        chatWindowLength = TimeSpan.FromSeconds((double)chatBurst / Math.Max(1, options.MessagesPerSecondPerChat));
        broadcastPace = new SendPacer(options.BroadcastsPerSecondPerBot ?? bot.Capabilities.DefaultBroadcastRate, time);
        sendSlots = new SemaphoreSlim(Math.Max(1, options.SendConcurrency));
        retries = BuildRetries(options.SendRetryDelay);
    }

    public async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                try
                {
                    var wait = await DispatchDueAsync(stopping);
                    if (wait > TimeSpan.Zero)
                    {
                        await WaitForWorkAsync(wait, stopping);
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
        finally
        {
            // Every send already started runs to its end and is recorded, even while the host stops.
            await Task.WhenAll(inFlight.Values).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Starts the sends that are due; returns how long to wait before looking again (zero: at once).</summary>
    private async Task<TimeSpan> DispatchDueAsync(CancellationToken stopping)
    {
        var paused = PausedFor();
        if (paused > TimeSpan.Zero)
        {
            return paused;
        }

        // Read before the batch: a send that ends meanwhile has written its row already, so the batch cannot hold
        // a stale copy of a row whose chat looks free.
        var held = inFlight.Keys.ToHashSet();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var batch = await DueBatchAsync(db, now, stopping);
        var unreachable = await UnreachableChatsAsync(db, batch, stopping);
        var waitingFrom = await WaitingChatsAsync(db, batch, now, stopping);
        var shortestWait = IdleWait;
        var started = false;
        foreach (var message in batch)
        {
            if (stopping.IsCancellationRequested || PausedFor() > TimeSpan.Zero)
            {
                break;
            }

            // A chat whose earlier message is in flight or waits to be tried again keeps its later ones waiting too.
            if (held.Contains(message.ChatId) || (waitingFrom.TryGetValue(message.ChatId, out var firstWaiting) && message.Id > firstWaiting))
            {
                held.Add(message.ChatId);
                continue;
            }

            var isBroadcast = message.Priority == OutboxPriority.Broadcast;
            if (isBroadcast && unreachable.Contains(message.ChatId))
            {
                // Replies are still tried (the person may have unblocked the bot); a broadcast to a chat known blocked is not.
                await RecordAsync(message, SendOutcome.Unreachable, retryIn: null);
                continue;
            }

            // Something was committed since the batch was read, perhaps a reply: read again, replies first.
            if (isBroadcast && signal.TryTake(bot.Name))
            {
                return TimeSpan.Zero;
            }

            var chatWindow = ChatWindow(message.ChatId);
            if (!chatWindow.IsOpen(out var chatWait))
            {
                held.Add(message.ChatId);
                shortestWait = chatWait < shortestWait ? chatWait : shortestWait;
                continue;
            }

            if (isBroadcast)
            {
                await broadcastPace.WaitAsync(stopping);
            }

            await sendSlots.WaitAsync(stopping);
            held.Add(message.ChatId);
            Start(message, chatWindow, stopping);
            started = true;
        }

        if (started && batch.Count == BatchSize)
        {
            return TimeSpan.Zero;
        }

        var nextDue = await NextAttempt.For(db)(db, bot.Name, now, stopping);
        if (nextDue is { } due && due - now < shortestWait)
        {
            shortestWait = due - now;
        }

        return Clamp(shortestWait);
    }

    /// <summary>Waits for a commit, a send that ended (its chat may go on) or the timeout.</summary>
    private async Task WaitForWorkAsync(TimeSpan wait, CancellationToken stopping)
    {
        if (finished.Reader.TryRead(out _))
        {
            return;
        }

        using var woken = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var sendEnded = finished.Reader.WaitToReadAsync(woken.Token).AsTask();
        var committed = signal.WaitAsync(bot.Name, wait, time, woken.Token);
        await Task.WhenAny(sendEnded, committed);
        await woken.CancelAsync();
        await Task.WhenAll(sendEnded, committed).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        finished.Reader.TryRead(out _);
        stopping.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// Replies first, then broadcasts to fill the batch. Two reads on the outbox index rather than one sort on
    /// the priority column, which is stored as text and would sort «Broadcast» before «Reply».
    /// </summary>
    private async Task<List<OutboxMessage>> DueBatchAsync(AppDbContext db, DateTime now, CancellationToken stopping)
    {
        var due = Due.For(db);
        var batch = await due(db, bot.Name, OutboxPriority.Reply, now, BatchSize).ToListAsync(stopping);
        if (batch.Count < BatchSize)
        {
            batch.AddRange(await due(db, bot.Name, OutboxPriority.Broadcast, now, BatchSize - batch.Count).ToListAsync(stopping));
        }

        return batch;
    }

    // The sender reads these on every round, often once per reply committed: compiled once.
    private static readonly CompiledQuery<Func<AppDbContext, string, OutboxPriority, DateTime, int, IAsyncEnumerable<OutboxMessage>>> Due =
        new(() => EF.CompileAsyncQuery((AppDbContext db, string botName, OutboxPriority priority, DateTime now, int count) =>
            db.OutboxMessages.AsNoTracking()
                .Where(m => m.BotName == botName && m.Status == OutboxStatus.Pending && m.Priority == priority && m.NextAttemptAt <= now)
                .OrderBy(m => m.Id)
                .Take(count)));

    private static readonly CompiledQuery<Func<AppDbContext, string, DateTime, CancellationToken, Task<DateTime?>>> NextAttempt =
        new(() => EF.CompileAsyncQuery((AppDbContext db, string botName, DateTime now, CancellationToken _) =>
            db.OutboxMessages.Where(m => m.BotName == botName && m.Status == OutboxStatus.Pending && m.NextAttemptAt > now)
                .Min(m => (DateTime?)m.NextAttemptAt)));

    private async Task<HashSet<long>> UnreachableChatsAsync(AppDbContext db, List<OutboxMessage> batch, CancellationToken stopping)
    {
        var chats = batch.Where(m => m.Priority == OutboxPriority.Broadcast).Select(m => m.ChatId).Distinct().ToList();
        return chats.Count == 0
            ? []
            : [.. await db.Conversations.Where(c => c.BotName == bot.Name && c.Unreachable && chats.Contains(c.ChatId)).Select(c => c.ChatId).ToListAsync(stopping)];
    }

    /// <summary>For the batch's chats, the first message waiting for a later attempt: nothing after it may overtake it.</summary>
    private async Task<Dictionary<long, long>> WaitingChatsAsync(AppDbContext db, List<OutboxMessage> batch, DateTime now, CancellationToken stopping)
    {
        if (batch.Count == 0)
        {
            return [];
        }

        var chats = batch.Select(m => m.ChatId).Distinct().ToList();
        var waiting = await db.OutboxMessages
            .Where(m => m.BotName == bot.Name && m.Status == OutboxStatus.Pending && m.NextAttemptAt > now && chats.Contains(m.ChatId))
            .GroupBy(m => m.ChatId)
            .Select(g => new { ChatId = g.Key, First = g.Min(m => m.Id) })
            .ToListAsync(stopping);
        return waiting.ToDictionary(w => w.ChatId, w => w.First);
    }

    private SendWindow ChatWindow(long chatId)
    {
        if (chatWindows.Count > 4096)
        {
            foreach (var idle in chatWindows.Where(w => w.Value.IsIdle && !inFlight.ContainsKey(w.Key)).Select(w => w.Key).ToList())
            {
                chatWindows.Remove(idle);
            }
        }

        if (!chatWindows.TryGetValue(chatId, out var window))
        {
            chatWindows[chatId] = window = new SendWindow(chatBurst, chatWindowLength, time);
        }

        return window;
    }

    private TimeSpan PausedFor()
    {
        var left = new DateTimeOffset(Interlocked.Read(ref pausedUntilTicks), TimeSpan.Zero) - time.GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private void PauseFor(TimeSpan retryAfter)
    {
        var until = (time.GetUtcNow() + retryAfter).UtcTicks;
        long seen;
        do
        {
            seen = Interlocked.Read(ref pausedUntilTicks);
        }
        while (until > seen && Interlocked.CompareExchange(ref pausedUntilTicks, until, seen) != seen);
    }

    private static TimeSpan Clamp(TimeSpan wait) =>
        wait < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : wait > IdleWait ? IdleWait : wait;

    public ValueTask DisposeAsync()
    {
        sendSlots.Dispose();
        writer.Dispose();
        return ValueTask.CompletedTask;
    }
}
