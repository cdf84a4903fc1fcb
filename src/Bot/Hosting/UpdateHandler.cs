using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.Monitoring;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Hosting;

/// <summary>
/// Handles one update in its own scope and commits everything it caused at once: the conversation state,
/// domain changes, the replies (outbox) and the mark that the update was handled. With several instances, the
/// person's turn is taken first, and any earlier update of theirs still open (stored by another instance) goes first.
/// </summary>
public sealed class UpdateHandler(
    IServiceScopeFactory scopes,
    BotRegistry bots,
    UpdateInbox inbox,
    InstanceLocks locks,
    TimeProvider time,
    IOptions<PipelineOptions> options,
    ILogger<UpdateHandler> logger)
{
    public async Task HandleAsync(InboxItem item, CancellationToken stopping)
    {
        try
        {
            await using var turn = await locks.TakePersonAsync(item.BotName, item.UserKey, stopping);

            // Only another instance can hold a person's earlier update: within one process their lane keeps them in order.
            if (turn.Shared)
            {
                foreach (var earlier in await inbox.OpenBeforeAsync(item, stopping))
                {
                    await HandleWithinDeadlineAsync(earlier, stopping);
                }
            }

            await HandleWithinDeadlineAsync(item, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: the update stays in the inbox and is handled after the restart.
        }
        catch (Exception e)
        {
            // The database could not be reached: the update stays in the inbox, and the host's sweep posts it again.
            logger.LogError(e, "Bot {Bot}: update {InboxId} could not be started; it is tried again later.", item.BotName, item.InboxId);
        }
    }

    private async Task HandleWithinDeadlineAsync(InboxItem item, CancellationToken stopping)
    {
        var limit = options.Value.UpdateDeadline;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        deadline.CancelAfter(limit);
        var started = RahZendegiMetrics.Now();

        // Every line this update causes, whoever logs it, carries its bot and inbox id (with IncludeScopes, or in JSON).
        using var logScope = logger.BeginScope(new UpdateLogScope(item.BotName, item.InboxId));
        try
        {
            // WaitAsync also frees the lane from a handler that ignores its token.
            await HandleOnceAsync(item, bots.Get(item.BotName), deadline.Token).WaitAsync(limit, stopping);
            RahZendegiMetrics.Handled(item.BotName, ok: true, RahZendegiMetrics.Since(started));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: the update stays in the inbox and is handled after the restart.
        }
        catch (Exception e)
        {
            // A bug or a hung handler must not silence the person: apologise and move on.
            logger.LogError(e, "Bot {Bot}: update {InboxId} failed; the user is asked to try again.", item.BotName, item.InboxId);
            RahZendegiMetrics.Handled(item.BotName, ok: false, RahZendegiMetrics.Since(started));
            await GiveUpAsync(item, stopping);
        }
    }

    private async Task HandleOnceAsync(InboxItem item, BotEndpoint bot, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        // One connection for the whole update: otherwise each of its queries opens and closes one of its own.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var inbox = await InboxRow.For(db)(db, item.InboxId, cancellationToken);
        if (inbox.HandledAt is not null)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        // Paying in the chat is no conversation: it leaves the person's flow where it was.
        var result = Payments.InChatCheckout.Handles(item.Update)
            ? await scope.ServiceProvider.GetRequiredService<Payments.InChatCheckout>().HandleAsync(bot, item.Update, cancellationToken)
            : await scope.ServiceProvider.GetRequiredService<ConversationRouter>().RouteAsync(item.BotName, bot.Capabilities, item.Update, now, cancellationToken);
        AddToOutbox(db, item.BotName, result.ChatId, result.Messages, now);
        inbox.HandledAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly CompiledQuery<Func<AppDbContext, long, CancellationToken, Task<InboxUpdate>>> InboxRow =
        new(() => EF.CompileAsyncQuery((AppDbContext db, long id, CancellationToken _) => db.InboxUpdates.Single(u => u.Id == id)));

    private async Task GiveUpAsync(InboxItem item, CancellationToken stopping)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var inbox = await db.InboxUpdates.SingleAsync(u => u.Id == item.InboxId, stopping);
            var chatId = Conversations.UserInput.From(item.Update).ChatId;
            var now = time.GetUtcNow().UtcDateTime;
            if (chatId != 0)
            {
                AddToOutbox(db, item.BotName, chatId, [new OutgoingText(CommonTexts.SomethingWentWrong)], now);
            }

            inbox.HandledAt = now;
            await db.SaveChangesAsync(stopping);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Bot {Bot}: could not record the failure of update {InboxId}.", item.BotName, item.InboxId);
        }
    }

    private static void AddToOutbox(AppDbContext db, string botName, long chatId, IEnumerable<Outgoing> messages, DateTime now) =>
        db.OutboxMessages.AddRange(messages.Select(m => OutboxMessage.Create(botName, chatId, m, now, OutboxKind.Reply)));
}

/// <summary>The log scope of one update: <c>Bot</c> and <c>InboxId</c>, never its content.</summary>
internal sealed class UpdateLogScope(string bot, long inboxId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 2;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("Bot", bot),
        1 => new("InboxId", inboxId),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
        yield return this[1];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"update {bot}/{inboxId}";
}
