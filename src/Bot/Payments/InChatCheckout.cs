using Microsoft.Extensions.Logging;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.Hosting;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Payments;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Payments;

namespace RahZendegi.Bot.Payments;

/// <summary>
/// The two updates a payment in the chat sends the bot, outside any conversation: the pre-checkout query, answered at
/// once (Bale waits only seconds, so not through the outbox), and the successful_payment message, recorded once and
/// confirmed with Bale.
/// </summary>
public sealed class InChatCheckout(PaymentLedger ledger, PaymentConfirmations confirmations, ILogger<InChatCheckout> logger)
{
    public static bool Handles(Update update) => update.PreCheckoutQuery is not null || update.Message?.SuccessfulPayment is not null;

    public Task<RouteResult> HandleAsync(BotEndpoint bot, Update update, CancellationToken cancellationToken) =>
        update.PreCheckoutQuery is { } query
            ? AnswerAsync(bot, query, cancellationToken)
            : RecordAsync(bot, update.Message!, update.Message!.SuccessfulPayment!, cancellationToken);

    private async Task<RouteResult> AnswerAsync(BotEndpoint bot, PreCheckoutQuery query, CancellationToken cancellationToken)
    {
        var check = await ledger.CheckCheckoutAsync(bot.Name, query.From.Id, query.InvoicePayload, query.Currency, query.TotalAmount, cancellationToken);
        try
        {
            if (check.Refusal == CheckoutRefusal.None)
            {
                await bot.Client.AnswerPreCheckoutQuery(query.Id, cancellationToken: cancellationToken);
            }
            else
            {
                await bot.Client.AnswerPreCheckoutQuery(query.Id, PaymentTexts.Refusal(check.Refusal), cancellationToken);
            }
        }
        catch (Telegram.Bot.Exceptions.ApiRequestException e)
        {
            // Too late (the messenger gave up on the query) or already answered before a restart: nothing more to do.
            logger.LogWarning("Bot {Bot}: a pre-checkout query could not be answered: {Error}", bot.Name, e.Message);
        }

        if (check is { Refusal: CheckoutRefusal.AmountChanged, Payment: { } payment } && bot.Capabilities.InChatPayments)
        {
            // The price changed since the invoice (a verified category): the invoice for what is due now.
            var whatFor = PaymentTexts.Describe(await ledger.DescribeAsync(payment, cancellationToken));
            return new RouteResult(query.From.Id, [PaymentPrompt.Invoice(ledger, payment, whatFor)]);
        }

        return RouteResult.Nothing;
    }

    private async Task<RouteResult> RecordAsync(BotEndpoint bot, Message message, SuccessfulPayment paid, CancellationToken cancellationToken)
    {
        var userId = message.From?.Id ?? message.Chat.Id;
        var report = await ledger.ReportInChatAsync(bot.Name, userId, paid.InvoicePayload, paid.TelegramPaymentChargeId, paid.ProviderPaymentChargeId,
            paid.TotalAmount, cancellationToken);
        switch (report.Outcome)
        {
            case InChatReportOutcome.Duplicate:
                return RouteResult.Nothing;
            case InChatReportOutcome.Unknown:
                logger.LogWarning("Bot {Bot}: a payment arrived for an invoice the bot does not know (charge {Charge}).", bot.Name, paid.TelegramPaymentChargeId);
                return new RouteResult(message.Chat.Id, [new OutgoingText(PaymentTexts.UnknownCharge)]);
            case InChatReportOutcome.PaidTwice:
                var library = (await ledger.DescribeAsync(report.Payment!, cancellationToken)).LibraryName;
                return new RouteResult(message.Chat.Id, [new OutgoingText(PaymentTexts.PaidTwice(library))]);
            default:
                return new RouteResult(message.Chat.Id, await confirmations.ConfirmAsync(bot, report.Payment!, firstTime: true, cancellationToken));
        }
    }
}
