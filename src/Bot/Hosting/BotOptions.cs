namespace RahZendegi.Bot.Hosting;

public enum Platform { Telegram, Bale }

/// <summary>One item of the configuration array <c>Bots</c>. An item without a token is disabled.</summary>
public sealed class BotOptions
{
    public string Name { get; set; } = "";

    /// <summary>
    /// Telegram or Bale. Kept as text because the binder silently drops an array item whose enum value
    /// does not parse; the validation names the key instead.
    /// </summary>
    public string Platform { get; set; } = nameof(Hosting.Platform.Telegram);

    public string? Token { get; set; }

    /// <summary>The Bot API root; empty means the platform's public one.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>How this bot hears of updates: long polling (the default) or a webhook.</summary>
    public ReceiveOptions Receive { get; set; } = new();

    public bool Enabled => !string.IsNullOrWhiteSpace(Token);

    public bool TryGetPlatform(out Platform platform) =>
        Enum.TryParse(Platform, ignoreCase: true, out platform) && Enum.IsDefined(platform);
}

public enum ReceiveMode { Polling, Webhook }

/// <summary>A bot's <c>Receive</c> section: polling, or a webhook the messenger calls at <see cref="PublicUrl"/>.</summary>
public sealed class ReceiveOptions
{
    public const int MinimumSecretLength = 32;

    /// <summary>Polling or Webhook; text for the same reason as <see cref="BotOptions.Platform"/>.</summary>
    public string Mode { get; set; } = nameof(ReceiveMode.Polling);

    /// <summary>The public https root the messenger calls; the bot's webhook is <c>{PublicUrl}/webhook/{Name}</c>.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>
    /// Proves a request came from the messenger: Telegram sends it in a header, Bale (which documents no such
    /// header) finds it as the last segment of the webhook's path. From configuration or the environment only; never logged.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// deleteWebhook at shutdown (the default). Off when several instances serve one bot behind a load balancer:
    /// one of them stopping must not cut the others off.
    /// </summary>
    public bool RemoveOnStop { get; set; } = true;

    public bool TryGetMode(out ReceiveMode mode) =>
        Enum.TryParse(Mode, ignoreCase: true, out mode) && Enum.IsDefined(mode);

    public bool IsWebhook => TryGetMode(out var mode) && mode == ReceiveMode.Webhook;
}

/// <summary>The section <c>Webhook</c>: where this process listens for the webhooks of the bots that use one.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhook";

    /// <summary>
    /// The local address of the webhook listener, e.g. http://127.0.0.1:8443; a reverse proxy with TLS forwards
    /// <c>{PublicUrl}/webhook/</c> to it. Started only when a bot uses a webhook.
    /// </summary>
    public string Listen { get; set; } = "http://127.0.0.1:8443";
}

/// <summary>The section <c>Pipeline</c>: how updates are handled and replies sent.</summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>Lanes handle different users in parallel; one user's updates always share a lane.</summary>
    public int Lanes { get; set; } = 16;

    /// <summary>A handler that runs longer is abandoned and the user is told to try again.</summary>
    public TimeSpan UpdateDeadline { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>An unfinished conversation idle this long starts again from the main menu.</summary>
    public TimeSpan ConversationTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public int LongPollSeconds { get; set; } = 25;
    public int MessagesPerSecondPerBot { get; set; } = 30;
    public int MessagesPerSecondPerChat { get; set; } = 1;

    /// <summary>
    /// The pace of broadcast messages, within <see cref="MessagesPerSecondPerBot"/>; empty means the platform's
    /// default (<see cref="PlatformCapabilities.DefaultBroadcastRate"/>).
    /// </summary>
    public int? BroadcastsPerSecondPerBot { get; set; }

    /// <summary>Telegram tolerates a short burst to one chat, such as a reply and a menu.</summary>
    public int ChatBurst { get; set; } = 3;

    /// <summary>How many sends of one bot may be on the wire at once (each to a different chat), so one slow chat holds up no one.</summary>
    public int SendConcurrency { get; set; } = 4;

    /// <summary>The first wait before a failed send (timeout, 5xx) is tried again; later waits grow, with jitter.</summary>
    public TimeSpan SendRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}

/// <summary>The section <c>Sandbox</c>: the local messenger started when no bot has a token.</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    public int Port { get; set; } = 5080;
}
