using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace RahZendegi.Bot.Hosting;

/// <summary>
/// The webhook of one bot: registers it with the messenger, and turns each request into an inbox row and a lane post.
/// Handling happens in the lanes, never inside the request, so the messenger gets its answer at once.
/// </summary>
public sealed class WebhookReceiver(BotEndpoint bot, ReceiveOptions options, UpdateInbox inbox, UpdateLanes lanes, TimeProvider time, ILogger logger)
{
    private const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    private readonly byte[] secretHash = SHA256.HashData(Encoding.UTF8.GetBytes(options.Secret ?? ""));

    public string BotName => bot.Name;

    public bool SecretInPath => bot.Capabilities.WebhookSecretInPath;

    public bool RemoveOnStop => options.RemoveOnStop;

    /// <summary>Where the messenger is asked to call; for Bale it carries the secret, so it is never logged.</summary>
    private string Url => $"{options.PublicUrl!.TrimEnd('/')}/webhook/{Uri.EscapeDataString(bot.Name)}"
        + (bot.Capabilities.WebhookSecretInPath ? "/" + options.Secret : "");

    /// <summary>Registers the webhook, trying again until it is.</summary>
    public async Task RegisterAsync(CancellationToken stopping)
    {
        var failures = 0;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                // No allowed_updates, as getUpdates asks none: the messenger's default set, the same in both modes.
                await bot.Client.SetWebhook(
                    url: Url,
                    secretToken: bot.Capabilities.WebhookSecretInPath ? null : options.Secret,
                    dropPendingUpdates: false,
                    cancellationToken: stopping);
                logger.LogInformation("Bot {Bot} receives updates by webhook under {PublicUrl}.", bot.Name, options.PublicUrl);
                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                var wait = ReceiveBackoff.After(failures);
                // The exception's message only: the request address carries the token, Bale's webhook address the secret.
                logger.LogWarning("Bot {Bot}: setWebhook failed ({Error}: {Message}); trying again in {Seconds}s.",
                    bot.Name, e.GetType().Name, e.Message, wait.TotalSeconds);
                await Task.Delay(wait, time, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>At shutdown: the messenger keeps new updates for a day and delivers them once a webhook or getUpdates asks again.</summary>
    public async Task RemoveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await bot.Client.DeleteWebhook(dropPendingUpdates: false, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is Telegram.Bot.Exceptions.RequestException or HttpRequestException or OperationCanceledException)
        {
            logger.LogWarning("Bot {Bot}: deleteWebhook failed at shutdown ({Error}); the messenger will retry its deliveries until the bot is back.",
                bot.Name, e.GetType().Name);
        }
    }

    /// <summary>
    /// Whether the request proves it came from the messenger: the header for Telegram, the path's last segment for Bale.
    /// Compared in constant time over hashes, so neither the content nor the length of the secret leaks through timing.
    /// </summary>
    public bool Authenticates(HttpRequest request, string? pathSecret)
    {
        var given = bot.Capabilities.WebhookSecretInPath
            ? pathSecret
            : pathSecret is null && request.Headers.TryGetValue(SecretHeader, out var header) && header.Count == 1 ? header[0] : null;
        return given is not null
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), secretHash);
    }

    /// <summary>Stores the request's update and wakes its lane. 503 only when it could not be stored, so the messenger delivers it again.</summary>
    public async Task<IResult> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ReceivedUpdate? update;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            update = ReceivedUpdate.TryParse(document.RootElement, logger, out _);
        }
        catch (JsonException)
        {
            logger.LogWarning("Bot {Bot}: a webhook request's body was not JSON; it is skipped.", bot.Name);
            update = null;
        }

        // A body that cannot be parsed now never will be: answering an error would only make the messenger
        // send it again and again (it retries any non-2xx), so it is logged, skipped and acknowledged.
        if (update is null)
        {
            return Results.Ok();
        }

        IReadOnlyList<InboxItem> stored;
        try
        {
            stored = await inbox.StoreAsync(bot.Name, [update], cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Not stored, so not ours yet: the messenger keeps it and tries again. A race of two deliveries of one
            // update ends here too, on the inbox's unique index; the retry then finds it already stored.
            logger.LogWarning("Bot {Bot}: update {UpdateId} could not be stored ({Error}: {Message}); answering 503 so it is delivered again.",
                bot.Name, update.UpdateId, e.GetType().Name, e.Message);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        foreach (var item in stored)
        {
            lanes.Post(item);
        }

        return Results.Ok();
    }
}
