namespace RahZendegi.Bot.Hosting;

/// <summary>
/// What differs between messengers, in one place: flows and the pipeline never ask which platform they are on.
/// Neither platform gets parse_mode or reply_parameters from this bot (Bale supports neither reliably:
/// it takes reply_to_message_id), so plain text and keyboards are all that is sent.
/// </summary>
/// <remarks>
/// <see cref="WebhookSecretInPath"/>: Telegram sends setWebhook's secret_token back in a header; Bale documents no
/// such header, so its webhook address carries a long secret as its last path segment instead.
/// <see cref="DefaultBroadcastRate"/> leaves headroom under the per-bot limit for replies. Bale publishes no
/// limits, so its broadcasts go slower to be safe; configuration can change either.
/// </remarks>
public sealed record PlatformCapabilities(
    Platform Platform, string DefaultApiBaseUrl, bool LongPolling, TimeSpan IdlePollDelay, int DefaultBroadcastRate, string LinkRoot,
    bool WebhookSecretInPath)
{
    /// <summary>
    /// The bot sends invoices and people pay in the chat: a Bale bot given a provider token. Elsewhere (Telegram has no
    /// provider serving Iran) people pay at the library's desk.
    /// </summary>
    public bool InChatPayments { get; init; }

    public static PlatformCapabilities For(Platform platform) => platform switch
    {
        Platform.Telegram => new(platform, "https://api.telegram.org", LongPolling: true, IdlePollDelay: TimeSpan.Zero, DefaultBroadcastRate: 25,
            LinkRoot: "https://t.me", WebhookSecretInPath: false),
        // Bale does not document a long-poll timeout: ask without one and wait a little between empty answers.
        Platform.Bale => new(platform, "https://tapi.bale.ai", LongPolling: false, IdlePollDelay: TimeSpan.FromSeconds(1), DefaultBroadcastRate: 10,
            LinkRoot: "https://ble.ir", WebhookSecretInPath: true),
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, null),
    };

    /// <summary>
    /// A link that opens the bot and sends it «/start <paramref name="payload"/>»; both messengers take the same
    /// <c>?start=</c> parameter (letters, digits, _ and -, up to 64 characters).
    /// </summary>
    public Uri StartLink(string username, string payload) => new($"{LinkRoot}/{username}?start={Uri.EscapeDataString(payload)}");
}
