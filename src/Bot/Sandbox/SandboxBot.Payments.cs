using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace RahZendegi.Bot.Sandbox;

/// <summary>
/// Payments as Bale runs them: sendInvoice puts an invoice in the chat; paying it sends the bot a pre_checkout_query;
/// an ok answer delivers the successful_payment message, a refusal shows the bot's error to the user; every attempt is
/// a transaction that inquireTransaction reports.
/// </summary>
public sealed partial class SandboxBot
{
    private const string Rial = "IRR";
    private const int MaxTitleLength = 32;
    private const int MaxDescriptionLength = 255;
    private const int MaxPayloadBytes = 128;

    // Telegram drops a pre-checkout query the bot has not answered in 10 seconds; Bale documents no limit.
    private static readonly TimeSpan PreCheckoutAnswerLimit = TimeSpan.FromSeconds(10);

    private readonly Dictionary<string, PaymentAttempt> _payments = [];

    // From the clock, as update ids: a bot that keeps charge ids must not see a new run reuse old ones.
    private long _lastTransactionId = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() * 1000;

    /// <summary>Every attempt to pay an invoice in this chat, oldest first.</summary>
    public IReadOnlyList<SandboxPayment> Payments(long chatId)
    {
        lock (_gate)
            return _chats.TryGetValue(chatId, out var chat) ? [.. chat.Payments.Select(p => p.Payment)] : [];
    }

    /// <summary>
    /// The user pays an invoice of the bot in their chat (the latest one unless a message id is given): the bot gets a
    /// pre_checkout_query, and this completes once the bot has answered it, or as failed when it does not in time.
    /// </summary>
    public async Task<SandboxPayment> PayInvoiceAsync(
        long userId, int? invoiceMessageId = null, TimeSpan? answerTimeout = null, CancellationToken ct = default)
    {
        var user = _emulator.User(userId);
        PaymentAttempt attempt;
        lock (_gate)
        {
            var chat = Chat(userId);
            var invoiceMessage = chat.Transcript.LastOrDefault(m =>
                    m.Invoice is not null && !m.Deleted && (invoiceMessageId is null || m.MessageId == invoiceMessageId))
                ?? throw new InvalidOperationException($"No invoice {invoiceMessageId} of the bot in chat {userId}.");
            var invoice = invoiceMessage.Invoice!;
            attempt = new PaymentAttempt(new SandboxPayment
            {
                TransactionId = (++_lastTransactionId).ToString(CultureInfo.InvariantCulture),
                UserId = userId,
                InvoiceMessageId = invoiceMessage.MessageId,
                Payload = invoice.Payload,
                Currency = invoice.Currency,
                Amount = invoice.TotalAmount,
                CreatedAt = Now,
            });
            _payments[attempt.Payment.TransactionId] = attempt;
            chat.Payments.Add(attempt);
            Touch(chat);
            Enqueue("pre_checkout_query", BotApiJson.PreCheckoutQuery(attempt.Payment, BotApiJson.User(user)), null);
        }

        try
        {
            return await attempt.Done.Task.WaitAsync(answerTimeout ?? PreCheckoutAnswerLimit, ct);
        }
        catch (TimeoutException)
        {
            lock (_gate)
            {
                if (attempt.Payment.Status == SandboxPaymentStatus.Pending)
                    Complete(attempt, attempt.Payment with { Status = SandboxPaymentStatus.Failed });
                return attempt.Payment;
            }
        }
    }

    private JsonNode SendInvoice(BotApiArguments args)
    {
        var chatId = args.ChatId();
        var invoice = ReadInvoice(args);
        return SendBotMessage(chatId, args, SandboxMessageKind.Invoice, invoice.Description,
            json => json["invoice"] = BotApiJson.Invoice(invoice), invoice);
    }

    private static SandboxInvoice ReadInvoice(BotApiArguments args)
    {
        var title = args.String("title");
        if (string.IsNullOrEmpty(title) || title.Length > MaxTitleLength)
            throw new BotApiException(400, "Bad Request: invoice title must be 1-32 characters");
        var description = args.String("description");
        if (string.IsNullOrEmpty(description) || description.Length > MaxDescriptionLength)
            throw new BotApiException(400, "Bad Request: invoice description must be 1-255 characters");
        var payload = args.String("payload");
        if (string.IsNullOrEmpty(payload) || Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
            throw new BotApiException(400, "Bad Request: INVOICE_PAYLOAD_INVALID");
        if (string.IsNullOrWhiteSpace(args.String("provider_token")))
            throw new BotApiException(400, "Bad Request: PAYMENT_PROVIDER_INVALID");
        // Bale client libraries send no currency; Telegram.Bot always does. Bale pays in Rials only.
        var currency = args.String("currency") ?? Rial;
        if (currency != Rial)
            throw new BotApiException(400, "Bad Request: CURRENCY_INVALID");

        var prices = ReadPrices(args);
        if (prices.Count == 0 || prices.Sum(p => p.Amount) <= 0)
            throw new BotApiException(400, "Bad Request: CURRENCY_TOTAL_AMOUNT_INVALID");
        return new SandboxInvoice(title, description, payload, currency, prices);
    }

    private static List<SandboxPrice> ReadPrices(BotApiArguments args)
    {
        var prices = args.Array("prices") ?? throw new BotApiException(400, "Bad Request: parameter \"prices\" is required");
        return [.. prices.Select(ReadPrice)];
    }

    private static SandboxPrice ReadPrice(JsonNode? node)
    {
        try
        {
            if (node is JsonObject price && price["label"]?.GetValue<string>() is { Length: > 0 } label && price["amount"] is JsonValue amount)
                return new SandboxPrice(label, amount.GetValue<long>());
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            // A label or amount of the wrong type: the same answer as a missing one.
        }
        throw BadPrices();
    }

    private static BotApiException BadPrices() => new(400, "Bad Request: can't parse prices JSON object");

    private JsonNode AnswerPreCheckoutQuery(BotApiArguments args)
    {
        var id = args.String("pre_checkout_query_id");
        if (!args.Has("ok"))
            throw new BotApiException(400, "Bad Request: parameter \"ok\" is required");
        var ok = args.Bool("ok");
        var error = args.String("error_message");
        if (!ok && string.IsNullOrWhiteSpace(error))
            throw new BotApiException(400, "Bad Request: ERROR_TEXT_EMPTY");

        lock (_gate)
        {
            if (id is null || !_payments.TryGetValue(id, out var attempt) || attempt.Payment.Status != SandboxPaymentStatus.Pending)
                throw new BotApiException(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
            if (ok)
                Pay(attempt);
            else
                Complete(attempt, attempt.Payment with { Status = SandboxPaymentStatus.Rejected, ErrorMessage = error });
            return true;
        }
    }

    // Call under _gate (UserMessage takes it again, which the lock allows): the money moves, and the user's chat
    // gets the successful_payment service message.
    private void Pay(PaymentAttempt attempt)
    {
        var paid = attempt.Payment with { Status = SandboxPaymentStatus.Paid };
        var update = UserMessage(paid.UserId, paid.UserId, SandboxMessageKind.Payment, null, null,
            json => json["successful_payment"] = BotApiJson.SuccessfulPayment(paid), paid);
        if (TakeDuplicatePayment() is { } sameUpdateId)
        {
            var json = Chat(paid.UserId).MessageJson[update.MessageId!.Value].DeepClone();
            if (sameUpdateId)
                EnqueueLocked(update.UpdateId, BotApiJson.Update(update.UpdateId, "message", json).ToJsonString());
            else
                Enqueue("message", json, update.MessageId);
        }
        Complete(attempt, paid);
    }

    // Call under _gate.
    private void Complete(PaymentAttempt attempt, SandboxPayment outcome)
    {
        attempt.Payment = outcome;
        Touch(Chat(outcome.UserId));
        attempt.Done.TrySetResult(outcome);
    }

    private JsonNode InquireTransaction(BotApiArguments args)
    {
        var id = args.String("transaction_id");
        if (string.IsNullOrEmpty(id))
            throw new BotApiException(400, "Bad Request: transaction_id is empty");
        lock (_gate)
        {
            var failure = _inquiryFailure;
            if (failure == SandboxInquiryFailure.ServerError)
                throw new BotApiException(500, "Internal Server Error");
            if (failure == SandboxInquiryFailure.NotFound || !_payments.TryGetValue(id, out var attempt))
                throw new BotApiException(400, "Bad Request: transaction not found");
            var status = failure == SandboxInquiryFailure.StillPending ? SandboxPaymentStatus.Pending : attempt.Payment.Status;
            return BotApiJson.Transaction(attempt.Payment, status);
        }
    }

    // Telegram allows a pay button only on an invoice, and there it must come first.
    private static void CheckPayButtons(ParsedMarkup markup, bool isInvoice)
    {
        var buttons = markup.Inline.SelectMany(row => row).ToList();
        if (!isInvoice && buttons.Any(b => b.Pay))
            throw new BotApiException(400, "Bad Request: BUTTON_TYPE_INVALID");
        if (isInvoice && buttons.Count > 0 && !buttons[0].Pay)
            throw new BotApiException(400, "Bad Request: the first button of an invoice must be a pay button");
    }

    private sealed class PaymentAttempt(SandboxPayment payment)
    {
        public SandboxPayment Payment { get; set; } = payment;
        public TaskCompletionSource<SandboxPayment> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
