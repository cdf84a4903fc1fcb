using System.Text;
using System.Text.Json.Nodes;

namespace RahZendegi.Bot.Sandbox;

/// <summary>
/// Webhooks as Telegram runs them: once set, each queued update is POSTed to the URL (one chat's in order, different
/// chats' at once), with the secret_token in a header when one was given, and tried again until the bot answers 2xx;
/// getUpdates is refused meanwhile. deleteWebhook stops the deliveries and keeps what is pending for the next getUpdates or webhook.
/// </summary>
public sealed partial class SandboxBot
{
    private const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    private static readonly HttpClient WebhookHttp = new() { Timeout = TimeSpan.FromSeconds(30) };

    private string? _webhookUrl;
    private string? _webhookSecret;
    private CancellationTokenSource? _webhookStop;
    private readonly List<int> _webhookAnswers = [];
    private TaskCompletionSource _webhookAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The pause before a delivery the bot did not answer with 2xx is tried again.</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The URL setWebhook gave; null when no webhook is set.</summary>
    public string? WebhookUrl
    {
        get { lock (_gate) return _webhookUrl; }
    }

    /// <summary>The HTTP status of every delivery attempt, in order (0 when the bot could not be reached).</summary>
    public IReadOnlyList<int> WebhookAnswers
    {
        get { lock (_gate) return [.. _webhookAnswers]; }
    }

    /// <summary>Completes once the bot has answered a delivery with this status: the event to wait for when nothing shows in the chat.</summary>
    public async Task WaitForWebhookAnswerAsync(int status, TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? DefaultWaitTimeout);
        while (true)
        {
            Task answered;
            lock (_gate)
            {
                if (_webhookAnswers.Contains(status))
                    return;
                answered = _webhookAnswered.Task;
            }

            try
            {
                await answered.WaitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The bot never answered a webhook delivery with {status}; it answered {string.Join(", ", WebhookAnswers)}.");
            }
        }
    }

    private JsonNode SetWebhook(BotApiArguments args)
    {
        var url = args.String("url");
        if (string.IsNullOrEmpty(url))
        {
            // An empty url removes the webhook, as in the Bot API.
            StopWebhook();
            return true;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new BotApiException(400, "Bad Request: bad webhook: Failed to resolve host: Name or service not known");
        var secret = args.String("secret_token");
        if (secret is not null && (secret.Length is 0 or > 256 || !secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
            throw new BotApiException(400, "Bad Request: secret token contains unallowed characters");

        var maxConnections = Math.Clamp(args.Int("max_connections") ?? 40, 1, 100);
        CancellationTokenSource stop;
        lock (_gate)
        {
            _webhookUrl = url;
            _webhookSecret = secret;
            if (_webhookStop is not null)
                return true;
            stop = _webhookStop = new CancellationTokenSource();
        }

        _ = Task.Run(() => DeliverAsync(maxConnections, stop.Token), CancellationToken.None);
        return true;
    }

    private JsonNode WebhookInfo()
    {
        lock (_gate)
            return new JsonObject
            {
                ["url"] = _webhookUrl ?? "",
                ["has_custom_certificate"] = false,
                ["pending_update_count"] = _queue.Count,
            };
    }

    /// <summary>Stops deliveries; pending updates stay queued.</summary>
    public void StopWebhook()
    {
        CancellationTokenSource? stop;
        lock (_gate)
        {
            _webhookUrl = null;
            _webhookSecret = null;
            stop = _webhookStop;
            _webhookStop = null;
        }

        // Not disposed: the delivery loop may still be looking at its token as it winds down.
        stop?.Cancel();
    }

    // Call under _gate.
    private void RefuseGetUpdatesWhileWebhookIsSet()
    {
        if (_webhookUrl is not null)
            throw new BotApiException(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    }

    // As Telegram: one chat's updates one at a time and in order (a refused one holds up those behind it), different
    // chats at once, up to max_connections deliveries in flight.
    private async Task DeliverAsync(int maxConnections, CancellationToken stop)
    {
        var inFlight = new HashSet<long>();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                List<PendingUpdate> ready;
                string? url;
                string? secret;
                Task changed;
                lock (_gate)
                {
                    url = _webhookUrl;
                    secret = _webhookSecret;
                    changed = _updatesArrived.Task;
                    if (url is null)
                        return;
                    ready = FirstOfEachChatLocked(inFlight, maxConnections - inFlight.Count);
                    inFlight.UnionWith(ready.Select(u => u.ChatKey));
                }

                foreach (var update in ready)
                    _ = Task.Run(() => DeliverOneAsync(update, url, secret, inFlight, stop), CancellationToken.None);
                await changed.WaitAsync(stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // deleteWebhook: what is left stays queued.
        }
    }

    // Call under _gate: the oldest queued update of each chat that has none in flight.
    private List<PendingUpdate> FirstOfEachChatLocked(HashSet<long> inFlight, int room)
    {
        var seen = new HashSet<long>(inFlight);
        var ready = new List<PendingUpdate>();
        foreach (var update in _queue)
        {
            if (ready.Count >= room)
                break;
            if (seen.Add(update.ChatKey))
                ready.Add(update);
        }

        return ready;
    }

    private async Task DeliverOneAsync(PendingUpdate update, string url, string? secret, HashSet<long> inFlight, CancellationToken stop)
    {
        var status = await PostAsync(url, secret, update.Json, stop);
        lock (_gate)
        {
            _webhookAnswers.Add(status);
            _webhookAnswered.TrySetResult();
            _webhookAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);
            if (status is >= 200 and < 300)
                _queue.Remove(update);
        }

        if (status is < 200 or >= 300)
            await Task.Delay(WebhookRetryDelay, TimeProvider.System, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        lock (_gate)
        {
            inFlight.Remove(update.ChatKey);
            // Wakes the delivery loop: this chat may go on.
            _updatesArrived.TrySetResult();
            _updatesArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private static async Task<int> PostAsync(string url, string? secret, string json, CancellationToken stop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
            request.Headers.Add(SecretHeader, secret);
        try
        {
            using var response = await WebhookHttp.SendAsync(request, stop);
            return (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !stop.IsCancellationRequested)
        {
            return 0;
        }
    }
}
