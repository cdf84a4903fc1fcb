namespace RahZendegi.Bot.Hosting;

/// <summary>
/// What differs between messengers, in one place: flows and the pipeline never ask which platform they are on.
/// Neither platform gets parse_mode or reply_parameters from this bot (Bale supports neither reliably:
/// it takes reply_to_message_id), so plain text and keyboards are all that is sent.
/// </summary>
/// <remarks>
/// <see cref="DefaultBroadcastRate"/> leaves headroom under the per-bot limit for replies. Bale publishes no
/// limits, so its broadcasts go slower to be safe; configuration can change either.
/// </remarks>
public sealed record PlatformCapabilities(string DefaultApiBaseUrl, bool LongPolling, TimeSpan IdlePollDelay, int DefaultBroadcastRate)
{
    public static PlatformCapabilities For(Platform platform) => platform switch
    {
        Platform.Telegram => new("https://api.telegram.org", LongPolling: true, IdlePollDelay: TimeSpan.Zero, DefaultBroadcastRate: 25),
        // Bale does not document a long-poll timeout: ask without one and wait a little between empty answers.
        Platform.Bale => new("https://tapi.bale.ai", LongPolling: false, IdlePollDelay: TimeSpan.FromSeconds(1), DefaultBroadcastRate: 10),
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, null),
    };
}
