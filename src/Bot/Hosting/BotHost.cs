using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Hosting;

/// <summary>
/// Starts every configured bot: a receiver, the lanes and an outbox sender each. With no bot token at all,
/// it first starts the sandbox messenger on loopback and serves a bot there.
/// </summary>
public sealed class BotHost(
    IOptions<List<BotOptions>> botOptions,
    IOptions<PipelineOptions> pipelineOptions,
    IOptions<SandboxOptions> sandboxOptions,
    BotRegistry registry,
    UpdateInbox inbox,
    UpdateHandler handler,
    OutboxSignal signal,
    SendRecords records,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private static readonly TimeSpan IdentifyTimeout = TimeSpan.FromSeconds(10);
    private readonly CancellationTokenSource stopping = new();
    private readonly List<Task> loops = [];
    private readonly List<OutboxSender> senders = [];
    private readonly ILogger logger = loggers.CreateLogger<BotHost>();
    private UpdateLanes? lanes;
    private SandboxServer? sandbox;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var pipeline = pipelineOptions.Value;
        var bots = botOptions.Value.Where(b => b.Enabled).ToList();
        if (bots.Count == 0)
        {
            bots = [await StartSandboxAsync(cancellationToken)];
        }

        lanes = new UpdateLanes(pipeline.Lanes, item => handler.HandleAsync(item, stopping.Token));
        var longPoll = TimeSpan.FromSeconds(pipeline.LongPollSeconds);
        foreach (var options in bots)
        {
            var bot = new BotEndpoint(options, longPoll);
            registry.Add(bot);
            var botLogger = loggers.CreateLogger($"RahZendegi.Bot.{bot.Name}");
            await IdentifyAsync(bot, botLogger, cancellationToken);
            var receiver = new PollingReceiver(bot, inbox, lanes, time, pipeline, botLogger);
            var sender = new OutboxSender(bot, scopes, signal, records, time, pipeline, botLogger);
            senders.Add(sender);
            loops.Add(Task.Run(() => receiver.RunAsync(stopping.Token), CancellationToken.None));
            loops.Add(Task.Run(() => sender.RunAsync(stopping.Token), CancellationToken.None));
            logger.LogInformation("Bot {Bot} ({Platform}) is listening by long polling.", bot.Name, options.Platform);
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

    private async Task<BotOptions> StartSandboxAsync(CancellationToken cancellationToken)
    {
        sandbox = new SandboxServer(new SandboxServerOptions { Port = sandboxOptions.Value.Port }, new BotApiEmulator(time));
        await sandbox.StartAsync(cancellationToken);
        logger.LogInformation("No bot token is configured: the sandbox messenger runs at {Address} — open it to chat with the bot.", sandbox.BaseAddress);
        return new BotOptions
        {
            Name = "sandbox",
            Platform = nameof(Platform.Telegram),
            Token = BotApiEmulator.SandboxToken,
            ApiBaseUrl = sandbox.BaseAddress.ToString(),
        };
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        await Task.WhenAll(loops).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
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

        if (sandbox is not null)
        {
            await sandbox.DisposeAsync();
        }

        stopping.Dispose();
    }
}
