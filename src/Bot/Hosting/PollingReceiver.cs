using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace RahZendegi.Bot.Hosting;

/// <summary>
/// Long polling for one bot. Updates are stored in the inbox before the next getUpdates confirms them,
/// so a crash between the two only causes a redelivery, which the inbox ignores.
/// </summary>
public sealed class PollingReceiver(BotEndpoint bot, UpdateInbox inbox, UpdateLanes lanes, TimeProvider time, PipelineOptions options, ILogger logger)
{
    public async Task RunAsync(CancellationToken stopping)
    {
        long? offset = null;
        var failures = 0;
        var webhookCleared = false;
        var idleDelay = options.IdlePollDelay ?? bot.Capabilities.IdlePollDelay;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                // The messenger refuses getUpdates while a webhook is set, e.g. one left by a run in webhook mode.
                // Its pending updates are kept, and polling then receives them.
                if (!webhookCleared)
                {
                    await ClearWebhookAsync(stopping);
                    webhookCleared = true;
                }

                var result = await bot.GetUpdatesRawAsync(offset, bot.Capabilities.LongPolling ? options.LongPollSeconds : 0, stopping);
                var (updates, nextOffset) = ReceivedUpdate.ParseBatch(result, logger);
                foreach (var item in await inbox.StoreAsync(bot.Name, updates, stopping))
                {
                    lanes.Post(item);
                }

                offset = nextOffset ?? offset;
                failures = 0;
                if (nextOffset is null && !bot.Capabilities.LongPolling && idleDelay > TimeSpan.Zero)
                {
                    await Task.Delay(idleDelay, time, stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                var wait = ReceiveBackoff.After(failures);
                // The exception's message only: a request address would carry the token.
                logger.LogWarning("Bot {Bot}: {Method} failed ({Error}: {Message}); trying again in {Seconds}s.",
                    bot.Name, webhookCleared ? "getUpdates" : "deleteWebhook", e.GetType().Name, e.Message, wait.TotalSeconds);
                await Task.Delay(wait, time, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    // An answered refusal (a messenger without the method, say) does not stop polling: getUpdates shows soon enough
    // whether a webhook is in the way. Only a call that got no answer is tried again.
    private async Task ClearWebhookAsync(CancellationToken stopping)
    {
        try
        {
            await bot.Client.DeleteWebhook(dropPendingUpdates: false, cancellationToken: stopping);
        }
        catch (Telegram.Bot.Exceptions.ApiRequestException e)
        {
            logger.LogWarning("Bot {Bot}: deleteWebhook was refused ({Code}: {Message}); polling anyway.", bot.Name, e.ErrorCode, e.Message);
        }
    }
}
