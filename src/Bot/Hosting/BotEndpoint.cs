using System.Net.Http.Json;
using System.Text.Json;
using RahZendegi.Bot.Monitoring;
using Telegram.Bot;

namespace RahZendegi.Bot.Hosting;

/// <summary>One running bot: its name, platform capabilities and the Telegram.Bot client that speaks to its API.</summary>
public sealed class BotEndpoint : IDisposable
{
    private readonly HttpClient http;
    private readonly Uri getUpdatesUri;

    public BotEndpoint(BotOptions options, TimeSpan longPoll, TimeProvider? time = null)
    {
        Name = options.Name;
        Capabilities = PlatformCapabilities.For(options.TryGetPlatform(out var platform) ? platform : Platform.Telegram) with
        {
            InChatPayments = platform == Platform.Bale && options.Payments.Enabled,
        };
        ProviderToken = Capabilities.InChatPayments ? options.Payments.ProviderToken : null;
        var baseUrl = string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? Capabilities.DefaultApiBaseUrl : options.ApiBaseUrl.TrimEnd('/');

        // A hand-made client: the client factory's logging would write request addresses, and they carry the token.
        Contact = new ApiContact(time ?? TimeProvider.System) { InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) } };
        http = new HttpClient(Contact)
        {
            Timeout = longPoll + TimeSpan.FromSeconds(15),
        };

        // The sender owns pacing and retries: the client's own 429 sleep would hold up one caller, uncoordinated with the rest.
        Client = new TelegramBotClient(new TelegramBotClientOptions(options.Token!, baseUrl) { RetryThreshold = 0 }, http);
        getUpdatesUri = new Uri($"{baseUrl}/bot{options.Token}/getUpdates");
    }

    public string Name { get; }

    /// <summary>The last success and the last error of this bot's calls to its messenger (health, the system page).</summary>
    public ApiContact Contact { get; }
    public PlatformCapabilities Capabilities { get; }

    /// <summary>True when the messenger calls this bot's webhook; false when the bot asks it by long polling.</summary>
    public bool UsesWebhook { get; internal set; }
    public ITelegramBotClient Client { get; }

    /// <summary>Bale's provider_token for invoices, added only at send time; null when the bot takes no payments.</summary>
    internal string? ProviderToken { get; }

    /// <summary>The bot's @username without the @, from getMe at start; null until then, or when the messenger did not answer.</summary>
    public string? Username { get; private set; }

    /// <summary>Asks getMe once. A bot that cannot be reached still starts: its receiver keeps trying; only the username stays unknown.</summary>
    public async Task<bool> IdentifyAsync(CancellationToken cancellationToken)
    {
        try
        {
            var me = await Client.GetMe(cancellationToken);
            Username = string.IsNullOrWhiteSpace(me.Username) ? null : me.Username;
            return Username is not null;
        }
        catch (Exception e) when (e is Telegram.Bot.Exceptions.RequestException or HttpRequestException or OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// getUpdates as raw JSON: one update the client library cannot parse must not fail the whole batch,
    /// so each one is parsed on its own by the caller.
    /// </summary>
    public async Task<JsonElement> GetUpdatesRawAsync(long? offset, int timeoutSeconds, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(getUpdatesUri, new GetUpdatesRequest(offset, timeoutSeconds, 100), cancellationToken);
        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = document.RootElement;
        if (!root.TryGetProperty("ok", out var ok) || !ok.GetBoolean() || !root.TryGetProperty("result", out var result))
        {
            var description = root.TryGetProperty("description", out var d) ? d.GetString() : null;
            throw new HttpRequestException($"getUpdates answered {(int)response.StatusCode}: {description}");
        }

        return result.Clone();
    }

    public void Dispose() => http.Dispose();

    private sealed record GetUpdatesRequest(
        [property: System.Text.Json.Serialization.JsonPropertyName("offset")] long? Offset,
        [property: System.Text.Json.Serialization.JsonPropertyName("timeout")] int Timeout,
        [property: System.Text.Json.Serialization.JsonPropertyName("limit")] int Limit);
}
