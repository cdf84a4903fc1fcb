using RahZendegi.Bot.Conversations;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Payments;

namespace RahZendegi.Bot.Payments;

/// <summary>
/// The line a confirmation ends with, saying how to pay what it left due: in the chat, with the invoice sent after
/// everything else (a Bale bot given a provider token), or at the library's desk; or that nothing is to be paid.
/// </summary>
public sealed class PaymentPrompt(PaymentLedger ledger)
{
    public string Offer(FlowContext context, Payment? payment, string library, string whatFor)
    {
        if (payment is null || payment.Status != PaymentStatus.Due || payment.DueRials == 0)
        {
            return PaymentTexts.Free;
        }

        if (!context.Capabilities.InChatPayments || payment.BotName != context.Conversation.BotName)
        {
            return PaymentTexts.PayAtDesk(payment.DueRials, library);
        }

        context.SendLast(Invoice(ledger, payment, whatFor));
        return PaymentTexts.PayInChat(payment.DueRials);
    }

    /// <summary>An invoice for what is due now; every invoice of one payment carries the same check.</summary>
    public static OutgoingInvoice Invoice(PaymentLedger ledger, Payment payment, string whatFor)
    {
        var title = PaymentTexts.InvoiceTitle(payment.For);
        return new OutgoingInvoice(title, whatFor, title, payment.DueRials, ledger.IssueInvoice(payment)) { Payment = payment };
    }
}
