using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using RahZendegi.Bot.Hosting;
using RahZendegi.Domain.Payments;
using Telegram.Bot;
using Telegram.Bot.Requests;

namespace RahZendegi.Bot.Payments;

/// <summary>
/// Bale's inquireTransaction, which Telegram.Bot has no call for: whether a charge reported in the chat was really
/// paid. Shapes in docs/platforms/bale-payments.md.
/// </summary>
public static class BaleTransactions
{
    // Well within an update's deadline: a charge Bale is slow to confirm is still recorded, and a round asks again.
    private static readonly TimeSpan InquiryLimit = TimeSpan.FromSeconds(5);

    /// <summary>What Bale says of the charge; null when it could not be asked or did not know it (ask again later).</summary>
    public static async Task<ChargeStatus?> InquireAsync(BotEndpoint bot, string transactionId, ILogger logger, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(InquiryLimit);
        try
        {
            var transaction = await bot.Client.SendRequest(new InquireTransactionRequest(transactionId), limit.Token);
            return transaction.Status switch
            {
                "paid" => ChargeStatus.Paid,
                "failed" or "rejected" => ChargeStatus.Failed,
                _ => ChargeStatus.Pending,
            };
        }
        catch (Exception e) when (e is Telegram.Bot.Exceptions.RequestException or HttpRequestException or OperationCanceledException
            && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Bot {Bot}: inquireTransaction failed ({Error}); the charge is asked about again later.", bot.Name, e.Message);
            return null;
        }
    }

    private sealed class InquireTransactionRequest(string transactionId) : RequestBase<Transaction>("inquireTransaction")
    {
        [JsonPropertyName("transaction_id")]
        public string TransactionId { get; } = transactionId;
    }

    private sealed class Transaction
    {
        [JsonPropertyName("id")]
        public string Id { get; init; } = "";

        [JsonPropertyName("status")]
        public string Status { get; init; } = "";
    }
}
