using Microsoft.Extensions.Logging;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Hosting;

/// <summary>What one send's outcome does to its outbox row: sent, retried later, or failed for good.</summary>
internal static class OutboxOutcomes
{
    private const int MaxAttempts = 8;

    /// <summary>Applies the outcome; true when the chat must now be marked unreachable.</summary>
    public static bool Apply(OutboxMessage message, SendOutcome outcome, DateTime now, ILogger logger, string botName)
    {
        message.Attempts++;
        switch (outcome.Kind)
        {
            case SendOutcomeKind.Sent:
                message.Status = OutboxStatus.Sent;
                message.SentAt = now;
                return false;
            case SendOutcomeKind.RateLimited:
                message.Attempts--;
                message.NextAttemptAt = now + outcome.RetryAfter;
                return false;
            case SendOutcomeKind.Blocked:
                message.Status = OutboxStatus.Failed;
                message.Error = outcome.Error;
                return true;
            case SendOutcomeKind.Unreachable:
                message.Attempts--;
                message.Status = OutboxStatus.Failed;
                message.Error = outcome.Error;
                return false;
            case SendOutcomeKind.Retry when message.Attempts < MaxAttempts:
                message.NextAttemptAt = now + Backoff(message.Attempts);
                message.Error = outcome.Error;
                return false;
            default:
                message.Status = OutboxStatus.Failed;
                message.Error = outcome.Error;
                logger.LogWarning("Bot {Bot}: outbox message {Id} failed for good: {Error}", botName, message.Id, outcome.Error);
                return false;
        }
    }

    /// <summary>Exponential backoff with jitter, so retries of many messages do not arrive together.</summary>
    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(60_000, 500 * Math.Pow(2, attempt - 1)) * (0.5 + Random.Shared.NextDouble()));
}
