using System.Text.Json.Serialization;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Bot.Sandbox;

/// <summary>An invoice the bot sent (sendInvoice), as the user's chat shows it. Amounts are in Rials.</summary>
public sealed record SandboxInvoice(string Title, string Description, string Payload, string Currency, IReadOnlyList<SandboxPrice> Prices)
{
    public long TotalAmount => Prices.Sum(p => p.Amount);

    public string AmountText => Money.FormatToman(TotalAmount);
}

public sealed record SandboxPrice(string Label, long Amount);

/// <summary>
/// The transaction states Bale's inquireTransaction reports: pending until the bot answers the pre-checkout query,
/// then paid, rejected (the bot refused) or failed (no answer in time).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<SandboxPaymentStatus>))]
public enum SandboxPaymentStatus { Pending, Paid, Rejected, Failed }

/// <summary>One attempt to pay an invoice: one pre_checkout_query, and on Bale one transaction.</summary>
public sealed record SandboxPayment
{
    /// <summary>The pre_checkout_query id; also the successful_payment's telegram_payment_charge_id and the inquireTransaction id.</summary>
    public required string TransactionId { get; init; }
    public required long UserId { get; init; }
    public required int InvoiceMessageId { get; init; }
    public required string Payload { get; init; }
    public required string Currency { get; init; }
    public required long Amount { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public SandboxPaymentStatus Status { get; init; } = SandboxPaymentStatus.Pending;

    /// <summary>The bot's error_message when it refused the pre-checkout query.</summary>
    public string? ErrorMessage { get; init; }

    public string AmountText => Money.FormatToman(Amount);

    /// <summary>The bank's reference, sent as provider_payment_charge_id.</summary>
    public string ProviderChargeId => "sandbox-ref-" + TransactionId;
}

/// <summary>How inquireTransaction misbehaves, for testing a bot that confirms payments with it.</summary>
public enum SandboxInquiryFailure
{
    None,

    /// <summary>Every inquiry answers 500, as a platform outage would.</summary>
    ServerError,

    /// <summary>Every inquiry answers 400: the transaction is unknown.</summary>
    NotFound,

    /// <summary>Every inquiry says the transaction is still pending, even when it was paid.</summary>
    StillPending,
}
