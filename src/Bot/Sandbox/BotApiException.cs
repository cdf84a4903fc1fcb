namespace RahZendegi.Bot.Sandbox;

/// <summary>An error the emulated Bot API answers with, as Telegram would.</summary>
internal sealed class BotApiException(int errorCode, string description, int? retryAfter = null)
    : Exception(description)
{
    public int ErrorCode { get; } = errorCode;
    public string Description { get; } = description;
    public int? RetryAfter { get; } = retryAfter;
}
