using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Payments;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Payments;
using Telegram.Bot.Types.ReplyMarkups;

namespace RahZendegi.Bot.Hosting;

/// <summary>Turns an outbox payload into the Telegram.Bot call, shaped by the platform's capabilities.</summary>
public static class MessengerCalls
{
    public static async Task SendAsync(BotEndpoint bot, long chatId, Outgoing outgoing, CancellationToken cancellationToken)
    {
        switch (outgoing)
        {
            case OutgoingText text:
                // No parse_mode anywhere: Bale does not support it reliably and plain text never breaks.
                await bot.Client.SendMessage(chatId, text.Text, replyMarkup: Markup(text.Keyboard), cancellationToken: cancellationToken);
                break;
            case OutgoingPhoto photo:
                await bot.Client.SendPhoto(chatId, InputFile.FromStream(new MemoryStream(photo.Png), "card.png"),
                    caption: photo.Caption, replyMarkup: Markup(photo.Keyboard), cancellationToken: cancellationToken);
                break;
            case OutgoingInvoice invoice:
                // Bale pays in Rials only; the payment's id and check are the payload, read back at pre-checkout.
                await bot.Client.SendInvoice(chatId, invoice.Title, invoice.Description,
                    InvoicePayload.Format(invoice.PaymentId ?? throw new InvalidOperationException("An invoice without its payment."), invoice.Check),
                    PaymentLedger.Currency, [new LabeledPrice(invoice.Label, invoice.AmountRials)],
                    providerToken: bot.ProviderToken ?? throw new InvalidOperationException($"Bot {bot.Name} takes no payments in the chat."),
                    cancellationToken: cancellationToken);
                break;
            case OutgoingCallbackAnswer answer:
                await bot.Client.AnswerCallbackQuery(answer.CallbackQueryId, answer.Text, cancellationToken: cancellationToken);
                break;
            default:
                throw new NotSupportedException($"Unknown outbox payload {outgoing.GetType().Name}.");
        }
    }

    private static ReplyMarkup? Markup(Keyboard? keyboard) => keyboard?.Kind switch
    {
        null => null,
        KeyboardKind.Remove => new ReplyKeyboardRemove(),
        KeyboardKind.Inline => new InlineKeyboardMarkup(keyboard.Rows.Select(row =>
            row.Select(b => InlineKeyboardButton.WithCallbackData(b.Text, b.CallbackData ?? b.Text)))),
        _ => new ReplyKeyboardMarkup(keyboard.Rows.Select(row =>
            row.Select(b => new Telegram.Bot.Types.ReplyMarkups.KeyboardButton(b.Text) { RequestContact = b.RequestContact })))
        {
            ResizeKeyboard = true,
        },
    };
}
