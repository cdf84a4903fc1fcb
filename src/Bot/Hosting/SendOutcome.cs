using RahZendegi.Domain.Messaging;
using Telegram.Bot.Exceptions;

namespace RahZendegi.Bot.Hosting;

public enum SendOutcomeKind { Sent, RateLimited, Blocked, Unreachable, Retry, Failed }

/// <summary>How the messenger answered one send, in the terms the sender acts on.</summary>
public sealed record SendOutcome(SendOutcomeKind Kind, TimeSpan RetryAfter = default, string? Error = null)
{
    public static SendOutcome Sent { get; } = new(SendOutcomeKind.Sent);

    /// <summary>Not sent at all: the chat was already known to have blocked the bot.</summary>
    public static SendOutcome Unreachable { get; } = new(SendOutcomeKind.Unreachable, Error: DeliveryErrors.Unreachable);

    public static SendOutcome FromException(Exception exception) => exception switch
    {
        ApiRequestException { ErrorCode: 429 } e => new(SendOutcomeKind.RateLimited, TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1)), e.Message),
        // 403: blocked by the user or deactivated; final for that chat.
        ApiRequestException { ErrorCode: 403 } e => new(SendOutcomeKind.Blocked, Error: DeliveryErrors.BlockedPrefix + e.Message),
        ApiRequestException { ErrorCode: >= 500 } e => new(SendOutcomeKind.Retry, Error: e.Message),
        ApiRequestException e => new(SendOutcomeKind.Failed, Error: e.Message),
        // Timeouts and dropped connections: the message may or may not have arrived; a retry can duplicate it,
        // which is bounded by MaxAttempts and preferred to losing a reply.
        RequestException or HttpRequestException or TaskCanceledException => new(SendOutcomeKind.Retry, Error: exception.GetType().Name),
        _ => new(SendOutcomeKind.Failed, Error: exception.GetType().Name),
    };
}
