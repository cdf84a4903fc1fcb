namespace RahZendegi.Domain.Payments;

/// <summary>Why a pre-checkout query is refused; <see cref="None"/> lets the person pay.</summary>
public enum CheckoutRefusal { None, Unknown, AlreadyPaid, BeingConfirmed, Cancelled, NothingToPay, AmountChanged }

/// <summary>A pre-checkout query's verdict, with the payment its payload named when it named a real one.</summary>
public sealed record CheckoutCheck(CheckoutRefusal Refusal, Payment? Payment);

/// <summary>
/// What a successful_payment message changed: a charge recorded and awaiting Bale's confirmation, one seen before
/// (nothing changes), one for an invoice the bot did not make, or a second charge for a payment already settled.
/// </summary>
public enum InChatReportOutcome { Recorded, Duplicate, Unknown, PaidTwice }

public sealed record InChatReport(InChatReportOutcome Outcome, Payment? Payment);

/// <summary>What Bale's inquireTransaction said of a charge, read into the three cases the ledger tells apart.</summary>
public enum ChargeStatus { Pending, Paid, Failed }

/// <summary>
/// The end of confirming a charge: paid; paid for something no longer given (recorded, then refunded: the desk pays it
/// back); still unconfirmed (a later round asks again); or failed (nothing was paid).
/// </summary>
public enum InChatConfirmation { Paid, RefundOwed, Pending, Failed }

/// <summary>What a payment was for, as a receipt names it.</summary>
public sealed record PaymentSubject(PaymentFor For, string LibraryName, DateTime ServiceAt, string? WorkshopTitle);
