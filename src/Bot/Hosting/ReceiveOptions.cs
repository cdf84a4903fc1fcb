namespace RahZendegi.Bot.Hosting;

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
