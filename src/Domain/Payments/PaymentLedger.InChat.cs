using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Domain.Payments;

/// <summary>
/// Paying in the chat (Bale): an invoice names a payment by its payload; the pre-checkout query is checked against the
/// payment; the charge Bale reports is kept once (the charge id is unique) and counts as paid only once Bale's
/// inquireTransaction confirms it.
/// </summary>
public sealed partial class PaymentLedger
{
    public const string Currency = "IRR";

    /// <summary>The payment opened in this unit of work for a membership just registered, if any.</summary>
    public Payment? OpenedFor(Member member) =>
        db.Payments.Local.FirstOrDefault(p => p.For == PaymentFor.Membership && ReferenceEquals(p.Member, member));

    /// <summary>The payment opened in this unit of work for a booking just made (not one moved or confirmed twice).</summary>
    public Payment? OpenedFor(Booking booking) => db.Payments.Local.FirstOrDefault(p => ReferenceEquals(p.Booking, booking));

    /// <summary>The payment opened in this unit of work for a seat just taken.</summary>
    public Payment? OpenedFor(WorkshopRegistration registration) =>
        db.Payments.Local.FirstOrDefault(p => ReferenceEquals(p.WorkshopRegistration, registration));

    /// <summary>The check an invoice for this payment carries; made once, so every invoice of one payment is the same.</summary>
    public string IssueInvoice(Payment payment) => payment.InvoiceCheck ??= InvoicePayload.NewCheck();

    /// <summary>Whether the person may pay this invoice now: checked again at pre-checkout, whatever the invoice said.</summary>
    public async Task<CheckoutCheck> CheckCheckoutAsync(string botName, long userId, string? payload, string currency, long amountRials,
        CancellationToken cancellationToken)
    {
        if (await FromPayloadAsync(botName, userId, payload, cancellationToken) is not { } payment)
        {
            return new(CheckoutRefusal.Unknown, null);
        }

        return new(payment.Status switch
        {
            PaymentStatus.Paid => CheckoutRefusal.AlreadyPaid,
            PaymentStatus.Cancelled or PaymentStatus.Refunded => CheckoutRefusal.Cancelled,
            PaymentStatus.Waived => CheckoutRefusal.NothingToPay,
            _ when payment.ProviderChargeId is not null => CheckoutRefusal.BeingConfirmed,
            _ when payment.DueRials == 0 => CheckoutRefusal.NothingToPay,
            _ when currency != Currency || amountRials != payment.DueRials => CheckoutRefusal.AmountChanged,
            _ => CheckoutRefusal.None,
        }, payment);
    }

    /// <summary>
    /// A successful_payment message: the charge is kept on its payment, awaiting confirmation. The same charge reported
    /// again changes nothing; a second charge for a payment already settled or awaiting confirmation is noted for the
    /// desk, which pays it back.
    /// </summary>
    public async Task<InChatReport> ReportInChatAsync(string botName, long userId, string? payload, string chargeId, string? bankReference, long amountRials,
        CancellationToken cancellationToken)
    {
        if (db.Payments.Local.Any(p => p.ProviderChargeId == chargeId)
            || await db.Payments.AnyAsync(p => p.ProviderChargeId == chargeId, cancellationToken))
        {
            return new(InChatReportOutcome.Duplicate, null);
        }

        if (await FromPayloadAsync(botName, userId, payload, cancellationToken) is not { } payment)
        {
            return new(InChatReportOutcome.Unknown, null);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var notes = await db.PaymentEvents.Where(e => e.PaymentId == payment.Id && e.Note != null).Select(e => e.Note!).ToListAsync(cancellationToken);
        if (notes.Contains(FailedNote(chargeId)) || notes.Contains(SecondChargeNote(chargeId, amountRials)))
        {
            return new(InChatReportOutcome.Duplicate, payment);
        }

        // Paid already (at the desk too, even if refunded since), or another charge of it awaits confirmation.
        if (payment.Status is PaymentStatus.Paid or PaymentStatus.Refunded || payment.ProviderChargeId is not null)
        {
            Record(payment, ByBot, now, SecondChargeNote(chargeId, amountRials));
            return new(InChatReportOutcome.PaidTwice, payment);
        }

        payment.ProviderChargeId = chargeId;
        Record(payment, ByBot, now, Truncate($"paid in the chat, awaiting confirmation; bank reference {bankReference}"));
        return new(InChatReportOutcome.Recorded, payment);
    }

    /// <summary>
    /// Bale's answer about a reported charge. Paid: the payment is paid (by the invoice), or, when what it was for was
    /// cancelled meanwhile, paid and then refunded at once, so the desk sees what it owes back. Failed: the charge is
    /// dropped and the payment stays as it was.
    /// </summary>
    public InChatConfirmation ConfirmInChat(Payment payment, ChargeStatus status)
    {
        if (payment.ProviderChargeId is not { } chargeId || status == ChargeStatus.Pending)
        {
            return InChatConfirmation.Pending;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (status == ChargeStatus.Failed)
        {
            payment.ProviderChargeId = null;
            Record(payment, ByBot, now, FailedNote(chargeId));
            return InChatConfirmation.Failed;
        }

        var wasDue = payment.Status == PaymentStatus.Due;
        MarkPaid(payment, PaymentMethod.BaleInvoice, ByBot, now, "confirmed by Bale");
        if (wasDue)
        {
            return InChatConfirmation.Paid;
        }

        Refund(payment, ByBot, now, RefundOwedNote);
        return InChatConfirmation.RefundOwed;
    }

    /// <summary>Charges reported in the chat that Bale has not confirmed yet, oldest first, for the confirmation round.</summary>
    public Task<List<Payment>> AwaitingConfirmationAsync(CancellationToken cancellationToken) =>
        db.Payments
            .Where(p => p.ProviderChargeId != null
                && (p.Status == PaymentStatus.Due || p.Status == PaymentStatus.Cancelled || p.Status == PaymentStatus.Waived))
            .OrderBy(p => p.Id)
            .Take(100)
            .ToListAsync(cancellationToken);

    /// <summary>What a payment was for, for its receipt.</summary>
    public async Task<PaymentSubject> DescribeAsync(Payment payment, CancellationToken cancellationToken)
    {
        var library = await db.Libraries.AsNoTracking().Where(l => l.Id == payment.LibraryId).Select(l => l.Name).SingleAsync(cancellationToken);
        var workshop = payment.WorkshopRegistrationId is { } registrationId
            ? await db.WorkshopRegistrations.AsNoTracking().Where(r => r.Id == registrationId).Select(r => r.Workshop!.Title).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new(payment.For, library, payment.ServiceAt, workshop);
    }

    public const string RefundOwedNote = "paid in the chat after it was cancelled: refund owed at the desk";

    private static string FailedNote(string chargeId) => Truncate($"in-chat charge {chargeId} not confirmed by Bale: not paid");

    private static string SecondChargeNote(string chargeId, long amountRials) =>
        Truncate($"second in-chat charge {chargeId} of {amountRials} rials: refund owed at the desk");

    private static string Truncate(string note) => note.Length <= 300 ? note : note[..300];

    private async Task<Payment?> FromPayloadAsync(string botName, long userId, string? payload, CancellationToken cancellationToken)
    {
        if (!InvoicePayload.TryParse(payload, out var paymentId, out var check))
        {
            return null;
        }

        var payment = await FindAsync(paymentId, cancellationToken);
        return payment is not null && InvoicePayload.Matches(payment.InvoiceCheck, check) && payment.BotName == botName && payment.ChatId == userId
            ? payment
            : null;
    }
}
