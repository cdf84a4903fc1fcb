namespace RahZendegi.Bot.Hosting;

/// <summary>
/// What differs between messengers, in one place: flows never ask which platform they are on.
/// </summary>
public sealed record PlatformCapabilities(
    string DefaultApiBaseUrl,
    bool SupportsParseMode,
    bool SupportsReplyParameters,
    bool ReportsBlockedUsers,
    TimeSpan IdlePollDelay)
{
    public static PlatformCapabilities For(Platform platform) => platform switch
    {
        Platform.Telegram => new("https://api.telegram.org", true, true, true, TimeSpan.Zero),
        // Bale copies Telegram's Bot API but takes reply_to_message_id, has no reliable parse_mode,
        // sends no my_chat_member updates, and does not document long-poll timeouts.
        Platform.Bale => new("https://tapi.bale.ai", false, false, false, TimeSpan.FromSeconds(1)),
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, null),
    };
}
