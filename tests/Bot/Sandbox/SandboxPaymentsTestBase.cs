using System.Text.Json.Serialization;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Payments;

namespace RahZendegi.Tests.Bot.Sandbox;

/// <summary>A sandbox with one membership invoice to pay, the real Telegram.Bot client playing the bot.</summary>
public abstract class SandboxPaymentsTestBase : SandboxServerTestBase
{
    protected static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    protected const string CardNumber = "6037991234567890";
    protected const string Payload = "payment-17";
    protected const long Fee = 1_000_000;
    protected const string AlreadyPaid = "این صورتحساب پیش‌تر پرداخت شده است.";

    protected Task<Message> SendMembershipInvoice() =>
        Client.SendInvoice(Ali, "حق عضویت", "عضویت یک‌ساله در کتابخانه", Payload, "IRR", [new LabeledPrice("عضویت", Fee)],
            providerToken: CardNumber);

    // Pays the membership invoice with the bot's ok; returns the charge id the bot would confirm.
    protected async Task<string> PayMembership()
    {
        await SendMembershipInvoice();
        var paying = Bot.PayInvoiceAsync(Ali);
        var query = Assert.Single(await Client.GetUpdates()).PreCheckoutQuery!;
        await Client.AnswerPreCheckoutQuery(query.Id);
        await paying.WaitAsync(Bound);
        return query.Id;
    }

    // Bale's own method, which Telegram.Bot has no call for: the request the product's client sends too.
    protected sealed class InquireTransactionRequest(string transactionId) : RequestBase<BaleTransaction>("inquireTransaction")
    {
        [JsonPropertyName("transaction_id")]
        public string TransactionId { get; } = transactionId;
    }

    protected sealed class BaleTransaction
    {
        [JsonPropertyName("id")]
        public string Id { get; init; } = "";

        [JsonPropertyName("status")]
        public string Status { get; init; } = "";

        [JsonPropertyName("userID")]
        public long UserId { get; init; }

        [JsonPropertyName("amount")]
        public long Amount { get; init; }

        [JsonPropertyName("createdAt")]
        public long CreatedAt { get; init; }
    }
}
