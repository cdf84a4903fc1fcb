using Microsoft.Extensions.Logging;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Hosting;

/// <summary>What one send's outcome does to its outbox row: sent, tried again later, or failed for good.</summary>
internal static class OutboxOutcomes
{
    /// <summary>Sends that may have reached the person (timeouts, 5xx) are tried this many times in all.</summary>
    public const int MaxAttempts = 8;

    /// <summary>True when a failed send may be tried again: it is the kind to retry and attempts are left.</summary>
    public static bool MayRetry(OutboxMessage message, SendOutcome outcome) =>
        outcome.Kind == SendOutcomeKind.RateLimited ||
        (outcome.Kind == SendOutcomeKind.Retry && message.Attempts + 1 < MaxAttempts);

    /// <summary>
    /// Applies the outcome; <paramref name="retryIn"/> is when the next attempt is due, or null when none will be
    /// made. True when the chat must now be marked unreachable.
    /// </summary>
    public static bool Apply(OutboxMessage message, SendOutcome outcome, DateTime now, TimeSpan? retryIn, ILogger logger, string botName)
    {
        message.Attempts++;
        switch (outcome.Kind)
        {
            case SendOutcomeKind.Sent:
                message.Status = OutboxStatus.Sent;
                message.SentAt = now;
                return false;
            case SendOutcomeKind.RateLimited:
                // Not the message's fault, and never sent: it does not count as an attempt.
                message.Attempts--;
                message.NextAttemptAt = now + (retryIn ?? outcome.RetryAfter);
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
            case SendOutcomeKind.Retry when retryIn is { } delay && message.Attempts < MaxAttempts:
                message.NextAttemptAt = now + delay;
                message.Error = outcome.Error;
                return false;
            default:
                message.Status = OutboxStatus.Failed;
                message.Error = outcome.Error;
                logger.LogWarning("Bot {Bot}: outbox message {Id} failed for good: {Error}", botName, message.Id, outcome.Error);
                return false;
        }
    }
}
