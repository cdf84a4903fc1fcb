namespace RahZendegi.Bot.Hosting;

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
