using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RahZendegi.Bot.Hosting;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Bot.Payments;

/// <summary>
/// Confirms charges reported in the chat with Bale before they count: at once when the payment arrives, and in a round
/// for those Bale could not confirm then (an outage, or still pending).
/// </summary>
public sealed class PaymentConfirmations(AppDbContext db, PaymentLedger ledger, BotRegistry bots, TimeProvider time, ILogger<PaymentConfirmations> logger)
{
    /// <summary>Asks Bale about the payment's charge and settles it; the messages tell the person what came of it.</summary>
    /// <param name="firstTime">The person just paid: while the charge stays unconfirmed they are told it is being confirmed; a round says nothing new.</param>
    public async Task<IReadOnlyList<Outgoing>> ConfirmAsync(BotEndpoint bot, Payment payment, bool firstTime, CancellationToken cancellationToken)
    {
        var status = await BaleTransactions.InquireAsync(bot, payment.ProviderChargeId!, logger, cancellationToken) ?? ChargeStatus.Pending;
        var outcome = ledger.ConfirmInChat(payment, status);
        if (outcome == InChatConfirmation.Pending)
        {
            return firstTime ? [new OutgoingText(PaymentTexts.Confirming)] : [];
        }

        if (outcome == InChatConfirmation.Failed)
        {
            return [new OutgoingText(PaymentTexts.NotConfirmed)];
        }

        var subject = await ledger.DescribeAsync(payment, cancellationToken);
        var whatFor = PaymentTexts.Describe(subject);
        var receipt = PersianText.ToPersianDigits(payment.ReceiptNumber!);
        return outcome == InChatConfirmation.Paid
            ? [new OutgoingText(PaymentTexts.Receipt(whatFor, payment.DueRials, receipt, JalaliDate.FormatDate(payment.SettledAt!.Value)))]
            : [new OutgoingText(PaymentTexts.RefundOwed(whatFor, payment.DueRials, receipt, subject.LibraryName))];
    }

    /// <summary>
    /// The round: each charge still unconfirmed, of a bot this process serves, is asked about again; each one settled
    /// commits with its message.
    /// </summary>
    /// <remarks>Commits: once per payment, as an update would.</remarks>
    public async Task ConfirmPendingAsync(CancellationToken cancellationToken)
    {
        foreach (var payment in await ledger.AwaitingConfirmationAsync(cancellationToken))
        {
            if (payment.BotName is not { } botName || payment.ChatId is not { } chatId
                || bots.All.FirstOrDefault(b => b.Name == botName) is not { Capabilities.InChatPayments: true } bot)
            {
                continue;
            }

            var messages = await ConfirmAsync(bot, payment, firstTime: false, cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            db.OutboxMessages.AddRange(messages.Select(m => OutboxMessage.Create(botName, chatId, m, now, OutboxKind.Notice)));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Settled elsewhere meanwhile (the desk, a cancellation): the next round sees it as it is now.
                db.ChangeTracker.Clear();
            }
        }
    }
}
