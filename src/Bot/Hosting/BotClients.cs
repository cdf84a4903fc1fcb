using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RahZendegi.Bot.Hosting;

/// <summary>
/// In a panel that runs without the bot worker: the enabled bots' clients only, so that the panel can still fetch a
/// proof's file, link a poster to the bot and name a bot's platform. Nothing receives, sends or runs a round here; the
/// bot instances on the same database do. Without any token there is no sandbox either: it belongs to a worker.
/// </summary>
public sealed class BotClients(
    IOptions<List<BotOptions>> botOptions,
    IOptions<PipelineOptions> pipelineOptions,
    BotRegistry registry,
    TimeProvider time,
    ILogger<BotClients> logger) : IHostedService
{
    private static readonly TimeSpan IdentifyTimeout = TimeSpan.FromSeconds(10);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var longPoll = TimeSpan.FromSeconds(pipelineOptions.Value.LongPollSeconds);
        foreach (var options in botOptions.Value.Where(b => b.Enabled))
        {
            var bot = new BotEndpoint(options, longPoll, time);
            registry.Add(bot);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(IdentifyTimeout);
            if (!await bot.IdentifyAsync(limit.Token))
            {
                logger.LogWarning("Bot {Bot} did not answer getMe; its username stays unknown and posters show no link until a restart.", bot.Name);
            }
        }

        logger.LogInformation("This panel runs without the bot worker (Panel:BotWorker=false): bot instances receive and send.");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
