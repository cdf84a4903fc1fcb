using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using RahZendegi.Bot.Monitoring;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Hosting;

/// <summary>One message's way out: its attempts, their pacing and retries, each outcome written to its row.</summary>
public sealed partial class OutboxSender
{
    private static readonly ResiliencePropertyKey<Delivery> DeliveryKey = new("outbox-delivery");

    /// <summary>
    /// Retries with exponential backoff and jitter for sends that may be retried (timeouts, dropped connections, 5xx),
    /// and after a 429 once the bot's pause is over. Each failed attempt is written to the outbox before the wait,
    /// with the time of the next attempt, so a crash mid-retry leaves the message pending, its attempts counted.
    /// </summary>
    private ResiliencePipeline<SendOutcome> BuildRetries(TimeSpan delay) =>
        new ResiliencePipelineBuilder<SendOutcome> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<SendOutcome>
            {
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Result is { } outcome && OutboxOutcomes.MayRetry(args.Context.Properties.GetValue(DeliveryKey, null!).Message, outcome)),
                MaxRetryAttempts = OutboxOutcomes.MaxAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = delay,
                MaxDelay = TimeSpan.FromSeconds(30),
                // After a 429 the platform says how long to wait; the whole bot waits with it.
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result?.Kind == SendOutcomeKind.RateLimited ? (TimeSpan?)PausedFor() : null),
                OnRetry = async args =>
                {
                    var delivery = args.Context.Properties.GetValue(DeliveryKey, null!);
                    await RecordAsync(delivery.Message, args.Outcome.Result!, args.RetryDelay);
                    ReleaseSlot(delivery);
                },
            })
            .Build();

    private void Start(OutboxMessage message, SendWindow chatWindow, CancellationToken stopping)
    {
        // The task is in the map before it can end and take itself out.
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        inFlight[message.ChatId] = RunDeliveryAsync(go.Task);
        go.SetResult();

        async Task RunDeliveryAsync(Task ready)
        {
            await ready;
            var delivery = new Delivery(this, message, chatWindow) { HoldsSlot = true };
            try
            {
                await DeliverAsync(delivery, stopping);
            }
            finally
            {
                ReleaseSlot(delivery);
                inFlight.TryRemove(message.ChatId, out _);
                finished.Writer.TryWrite(true);
            }
        }
    }

    private async Task DeliverAsync(Delivery delivery, CancellationToken stopping)
    {
        var context = ResilienceContextPool.Shared.Get(stopping);
        context.Properties.Set(DeliveryKey, delivery);
        try
        {
            var outcome = await retries.ExecuteAsync(static (context, d) => d.Sender.AttemptAsync(d, context.CancellationToken), context, delivery);

            // Stopping cut the retries short: the message stays pending for the next start.
            await RecordAsync(delivery.Message, outcome, stopping.IsCancellationRequested ? TimeSpan.Zero : null);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopped while waiting to send or to retry: every attempt made so far is written.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Bot {Bot}: outbox message {Id} could not be sent or recorded; it stays pending.", bot.Name, delivery.Message.Id);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// One attempt: a send slot, the bot's pause, the chat's and the bot's rates, then the call itself. The slot is
    /// kept until the outcome is written, so at most SendConcurrency sends are ever started and not yet recorded:
    /// all a kill can make the next start send a second time.
    /// </summary>
    private async ValueTask<SendOutcome> AttemptAsync(Delivery delivery, CancellationToken stopping)
    {
        if (!delivery.HoldsSlot)
        {
            await sendSlots.WaitAsync(stopping);
            delivery.HoldsSlot = true;
        }

        for (var paused = PausedFor(); paused > TimeSpan.Zero; paused = PausedFor())
        {
            await Task.Delay(paused, time, stopping);
        }

        await delivery.ChatWindow.EnterAsync(stopping);
        try
        {
            await botWindow.EnterAsync(stopping);
            SendOutcome outcome;
            try
            {
                // Once a send starts it runs to its end and is recorded, even while the host stops:
                // a send cut off unrecorded would be sent again after the restart.
                outcome = await SendOneAsync(delivery.Message);
                RahZendegiMetrics.Sent(bot.Name, delivery.Message.Kind, outcome.Kind);
            }
            finally
            {
                botWindow.Exit();
            }

            if (outcome.Kind == SendOutcomeKind.RateLimited)
            {
                PauseFor(outcome.RetryAfter);
                logger.LogWarning("Bot {Bot}: rate limited by the platform; sending paused for {Seconds}s.", bot.Name, outcome.RetryAfter.TotalSeconds);
            }

            return outcome;
        }
        finally
        {
            delivery.ChatWindow.Exit();
        }
    }

    private void ReleaseSlot(Delivery delivery)
    {
        if (delivery.HoldsSlot)
        {
            delivery.HoldsSlot = false;
            sendSlots.Release();
        }
    }

    private async Task<SendOutcome> SendOneAsync(OutboxMessage message)
    {
        try
        {
            var outgoing = Outgoing.Deserialize(message.Payload);

            // A broadcast's image is kept once, on the broadcast, not in each of its thousands of outbox rows.
            if (outgoing is OutgoingPhoto { Png.Length: 0 } photo && message.BroadcastId is { } broadcastId)
            {
                if (!broadcastPhotos.TryGetValue(broadcastId, out var png))
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    png = await db.Broadcasts.Where(b => b.Id == broadcastId).Select(b => b.Photo).SingleAsync() ?? [];
                    broadcastPhotos[broadcastId] = png;
                }

                outgoing = photo with { Png = png };
            }

            if (outgoing is OutgoingInvoice invoice)
            {
                outgoing = invoice with { PaymentId = message.PaymentId };
            }

            await MessengerCalls.SendAsync(bot, message.ChatId, outgoing, CancellationToken.None);
            return SendOutcome.Sent;
        }
        catch (Exception e)
        {
            return SendOutcome.FromException(e);
        }
    }

    private sealed class Delivery(OutboxSender sender, OutboxMessage message, SendWindow chatWindow)
    {
        public OutboxSender Sender { get; } = sender;
        public OutboxMessage Message { get; } = message;
        public SendWindow ChatWindow { get; } = chatWindow;
        public bool HoldsSlot { get; set; }
    }
}
