using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Hosting;

/// <summary>
/// Each send's outcome written to its row. Outcomes that come in while another is being written are written
/// together after it, in one scope and one commit: under load a commit per sent message was a large share of the
/// sender's cost. A send still waits for its own outcome to be written before it lets go of its slot.
/// </summary>
public sealed partial class OutboxSender
{
    // What an outcome changes on the row; the payload, often a card's image, is not written again.
    private static readonly string[] OutcomeColumns =
        [nameof(OutboxMessage.Attempts), nameof(OutboxMessage.Status), nameof(OutboxMessage.NextAttemptAt), nameof(OutboxMessage.SentAt), nameof(OutboxMessage.Error)];

    private readonly ConcurrentQueue<PendingOutcome> unwritten = new();
    private readonly SemaphoreSlim writer = new(1, 1);

    /// <summary>Writes one outcome to the message's row (and marks a chat that blocked the bot), whatever is stopping.</summary>
    private async Task RecordAsync(OutboxMessage message, SendOutcome outcome, TimeSpan? retryIn)
    {
        var pending = new PendingOutcome(message, OutboxOutcomes.Apply(message, outcome, time.GetUtcNow().UtcDateTime, retryIn, logger, bot.Name));
        unwritten.Enqueue(pending);
        await writer.WaitAsync(CancellationToken.None);
        try
        {
            // Whoever holds the writer writes every outcome queued so far: this one too, unless the one before did.
            if (!pending.Written.Task.IsCompleted)
            {
                await WriteQueuedAsync();
            }
        }
        finally
        {
            writer.Release();
        }

        await pending.Written.Task;
    }

    private async Task WriteQueuedAsync()
    {
        var batch = new List<PendingOutcome>();
        while (unwritten.TryDequeue(out var next))
        {
            batch.Add(next);
        }

        try
        {
            await WriteAsync(batch);
        }
        catch (Exception e) when (batch.Count > 1)
        {
            // One row's failure (say it was deleted meanwhile) must not leave the others unwritten: each on its own.
            logger.LogWarning(e, "Bot {Bot}: {Count} send outcomes could not be written together; writing them one by one.", bot.Name, batch.Count);
            foreach (var pending in batch)
            {
                try
                {
                    await WriteAsync([pending]);
                }
                catch (Exception alone)
                {
                    pending.Written.TrySetException(alone);
                }
            }
        }
        catch (Exception e)
        {
            batch[0].Written.TrySetException(e);
        }
    }

    private async Task WriteAsync(List<PendingOutcome> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var pending in batch)
        {
            var row = db.OutboxMessages.Attach(pending.Message);
            foreach (var column in OutcomeColumns)
            {
                row.Property(column).IsModified = true;
            }

            if (pending.BlocksChat)
            {
                await db.Conversations.Where(c => c.BotName == bot.Name && c.ChatId == pending.Message.ChatId)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Unreachable, true), CancellationToken.None);
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
        foreach (var pending in batch.Where(p => p.Written.TrySetResult()))
        {
            records.Recorded();
        }
    }

    /// <summary>An outcome already applied to its message, waiting to be written.</summary>
    private sealed class PendingOutcome(OutboxMessage message, bool blocksChat)
    {
        public OutboxMessage Message { get; } = message;
        public bool BlocksChat { get; } = blocksChat;
        public TaskCompletionSource Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
