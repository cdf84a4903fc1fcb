using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Demo;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Hosting;

/// <summary>
/// Starts every configured bot: a receiver (polling, or a webhook on the shared listener), the lanes and an outbox sender each. With no bot token at all,
/// it first starts the sandbox messenger on loopback and serves a bot there. When several instances share a PostgreSQL
/// database, one of them at a time sends (and polls) for each bot; another takes over when it stops or dies (ADR 7).
/// </summary>
public sealed class BotHost(
    IOptions<List<BotOptions>> botOptions,
    IOptions<PipelineOptions> pipelineOptions,
    IOptions<SandboxOptions> sandboxOptions,
    IOptions<WebhookOptions> webhookOptions,
    IOptions<DemoOptions> demoOptions,
    BotRegistry registry,
    UpdateInbox inbox,
    UpdateHandler handler,
    InstanceLocks locks,
    OutboxSignal signal,
    SendRecords records,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    public const string SandboxBotName = "sandbox";
    public const string SandboxBaleBotName = "sandbox-bale";

    private static readonly TimeSpan IdentifyTimeout = TimeSpan.FromSeconds(10);

    // An update stored this long ago and still open was left by an instance that stopped: another one handles it.
    private static readonly TimeSpan StalledAfter = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LeaseCheck = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RoleRetry = TimeSpan.FromSeconds(2);
    private readonly CancellationTokenSource stopping = new();
    private readonly List<Task> loops = [];
    private readonly List<OutboxSender> senders = [];
    private readonly List<WebhookReceiver> webhooks = [];
    private readonly ILogger logger = loggers.CreateLogger<BotHost>();
    private UpdateLanes? lanes;
    private SandboxServer? sandbox;
    private WebhookServer? webhookServer;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var pipeline = pipelineOptions.Value;
        var bots = botOptions.Value.Where(b => b.Enabled).ToList();
        if (bots.Count == 0)
        {
            bots = await StartSandboxAsync(cancellationToken);
        }

        await LinkDemoCounselorAsync(bots, cancellationToken);

        lanes = new UpdateLanes(pipeline.Lanes, item => handler.HandleAsync(item, stopping.Token));
        var longPoll = TimeSpan.FromSeconds(pipeline.LongPollSeconds);
        var starts = new List<Func<Task>>();
        foreach (var options in bots)
        {
            var bot = new BotEndpoint(options, longPoll, time) { UsesWebhook = options.Receive.IsWebhook };
            registry.Add(bot);
            var botLogger = loggers.CreateLogger($"RahZendegi.Bot.{bot.Name}");
            await IdentifyAsync(bot, botLogger, cancellationToken);
            await BotProfile.PublishAsync(bot, botLogger, cancellationToken);
            var sender = new OutboxSender(bot, scopes, signal, records, time, pipeline, botLogger);
            senders.Add(sender);
            loops.Add(Task.Run(() => HoldRoleAsync($"send:{bot.Name}", botLogger, sender.RunAsync), CancellationToken.None));

            // Before anything listens: a person's updates left from the last run are handled before their new ones.
            foreach (var left in await inbox.UnhandledAsync(bot.Name, TimeSpan.Zero, cancellationToken))
            {
                lanes.Post(left);
            }

            loops.Add(Task.Run(() => SweepStalledAsync(bot.Name, stopping.Token), CancellationToken.None));
            if (options.Receive.IsWebhook)
            {
                var receiver = new WebhookReceiver(bot, options.Receive, inbox, lanes, time, botLogger);
                webhooks.Add(receiver);
                starts.Add(() => receiver.RegisterAsync(stopping.Token));
            }
            else
            {
                var receiver = new PollingReceiver(bot, inbox, lanes, time, pipeline, botLogger);
                starts.Add(() => HoldRoleAsync($"poll:{bot.Name}", botLogger, receiver.RunAsync));
                logger.LogInformation("Bot {Bot} ({Platform}) is listening by long polling.", bot.Name, options.Platform);
            }
        }

        // The listener is up before any webhook is registered, so the messenger's first call finds it.
        if (webhooks.Count > 0)
        {
            webhookServer = new WebhookServer(webhookOptions.Value.Listen, webhooks);
            await webhookServer.StartAsync(cancellationToken);
            logger.LogInformation("The webhook listener is at {Listen}.", webhookOptions.Value.Listen);
        }

        foreach (var start in starts)
        {
            loops.Add(Task.Run(start, CancellationToken.None));
        }
    }

    /// <summary>
    /// Runs the work while this instance holds the role, and waits for the role again when it is lost. On SQLite the
    /// role is always this process's.
    /// </summary>
    private async Task HoldRoleAsync(string role, ILogger botLogger, Func<CancellationToken, Task> work)
    {
        var stop = stopping.Token;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var lease = await locks.TakeRoleAsync(role, stop);
                using var lost = CancellationTokenSource.CreateLinkedTokenSource(stop);
                var watching = Task.CompletedTask;
                if (lease.Shared)
                {
                    botLogger.LogInformation("This instance now holds {Role}.", role);
                    watching = WatchAsync(lease, role, botLogger, lost);
                }

                await work(lost.Token);
                await lost.CancelAsync();
                await watching;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                botLogger.LogWarning("{Role} could not be taken ({Error}: {Message}); trying again in {Seconds}s.", role, e.GetType().Name, e.Message, RoleRetry.TotalSeconds);
                await Task.Delay(RoleRetry, time, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    // The lock lives as long as its connection: once that is gone another instance may hold the role, so the work stops.
    private async Task WatchAsync(Lease lease, string role, ILogger botLogger, CancellationTokenSource lost)
    {
        while (!lost.IsCancellationRequested)
        {
            await Task.Delay(LeaseCheck, time, lost.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (!lost.IsCancellationRequested && !await lease.IsHeldAsync(lost.Token))
            {
                botLogger.LogWarning("This instance lost {Role}; it waits to take it again.", role);
                await lost.CancelAsync();
            }
        }
    }

    private async Task SweepStalledAsync(string botName, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(StalledAfter, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    foreach (var stalled in await inbox.UnhandledAsync(botName, StalledAfter, stop))
                    {
                        lanes!.Post(stalled);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning("Bot {Bot}: looking for stalled updates failed ({Error}); the next round tries again.", botName, e.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    // Once, before anything listens: the panel's workshop posters link to the bot by its username.
    private static async Task IdentifyAsync(BotEndpoint bot, ILogger botLogger, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(IdentifyTimeout);
        if (await bot.IdentifyAsync(limit.Token))
        {
            botLogger.LogInformation("Bot {Bot} is @{Username}.", bot.Name, bot.Username);
        }
        else
        {
            botLogger.LogWarning("Bot {Bot} did not answer getMe; its username stays unknown and posters show no link until a restart.", bot.Name);
        }
    }

    /// <summary>
    /// With no token, the sandbox serves two bots, one playing Telegram and one playing Bale, to the same people:
    /// a newcomer can try being one member on both messengers.
    /// </summary>
    private async Task<List<BotOptions>> StartSandboxAsync(CancellationToken cancellationToken)
    {
        var emulator = new BotApiEmulator(time);
        emulator.Bot(BotApiEmulator.SandboxToken, SandboxPlatform.Telegram);
        emulator.Bot(BotApiEmulator.SandboxBaleToken, SandboxPlatform.Bale);
        sandbox = new SandboxServer(new SandboxServerOptions { Port = sandboxOptions.Value.Port }, emulator);
        await sandbox.StartAsync(cancellationToken);
        registry.SandboxAddress = sandbox.BaseAddress;
        logger.LogInformation("No bot token is configured: the sandbox messenger runs at {Address} — open it to chat with the bot.", sandbox.BaseAddress);
        return
        [
            new BotOptions
            {
                Name = SandboxBotName,
                Platform = nameof(Platform.Telegram),
                Token = BotApiEmulator.SandboxToken,
                ApiBaseUrl = sandbox.BaseAddress.ToString(),
            },
            new BotOptions
            {
                Name = SandboxBaleBotName,
                Platform = nameof(Platform.Bale),
                Token = BotApiEmulator.SandboxBaleToken,
                ApiBaseUrl = sandbox.BaseAddress.ToString(),
            },
        ];
    }

    /// <summary>With demo data, the demo counsellor is a messenger user on every bot that runs, for a trainer to open at once.</summary>
    private async Task LinkDemoCounselorAsync(List<BotOptions> bots, CancellationToken cancellationToken)
    {
        var demo = demoOptions.Value;
        if (!demo.Seed)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CounselorAccounts>()
            .LinkDemoAsync(DemoData.CounselorName, bots.Select(b => b.Name), demo.CounselorUserId, cancellationToken);
        sandbox?.Emulator.AddUser(demo.CounselorUserId, DemoData.CounselorName);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        await Task.WhenAll(loops).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        // The messenger stops calling first, then requests in flight finish storing, then the lanes drain.
        await Task.WhenAll(webhooks.Where(w => w.RemoveOnStop).Select(w => w.RemoveAsync(cancellationToken)));
        if (webhookServer is not null)
        {
            await webhookServer.StopAsync(cancellationToken);
        }

        if (lanes is not null)
        {
            await lanes.DrainAsync().WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (sandbox is not null)
        {
            await sandbox.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var sender in senders)
        {
            await sender.DisposeAsync();
        }

        if (webhookServer is not null)
        {
            await webhookServer.DisposeAsync();
        }

        if (sandbox is not null)
        {
            await sandbox.DisposeAsync();
        }

        stopping.Dispose();
    }
}
