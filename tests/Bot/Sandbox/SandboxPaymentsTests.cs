using System.Net.Http.Json;
using System.Text.Json;
using RahZendegi.Bot.Sandbox;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.Payments;
using Telegram.Bot.Types.ReplyMarkups;

namespace RahZendegi.Tests.Bot.Sandbox;

/// <summary>Bale's in-chat payments through the emulator and its web chat, with the real Telegram.Bot client playing the bot.</summary>
public sealed class SandboxPaymentsTests : SandboxPaymentsTestBase
{
    [Fact]
    public async Task SendInvoice_ToAUser_ShowsInTheChatWithItsAmountAndPayload()
    {
        var sent = await SendMembershipInvoice();

        var shown = await Bot.WaitForBotMessageAsync(Ali, timeout: Bound);
        Assert.Equal(MessageType.Invoice, sent.Type);
        Assert.Equal((Fee, "IRR"), (sent.Invoice!.TotalAmount, sent.Invoice.Currency));
        Assert.Equal(SandboxMessageKind.Invoice, shown.Kind);
        Assert.Equal(sent.MessageId, shown.MessageId);
        Assert.Equal((Payload, Fee), (shown.Invoice!.Payload, shown.Invoice.TotalAmount));
        Assert.Equal("۱۰۰٬۰۰۰ تومان", shown.Invoice.AmountText);
    }

    [Fact]
    public async Task PayInvoice_BotAnswersOk_DeliversOneSuccessfulPaymentThatInquireTransactionReportsPaid()
    {
        await SendMembershipInvoice();

        var paying = Bot.PayInvoiceAsync(Ali);
        var queryUpdate = Assert.Single(await Client.GetUpdates());
        var query = queryUpdate.PreCheckoutQuery!;
        await Client.AnswerPreCheckoutQuery(query.Id);
        var outcome = await paying.WaitAsync(Bound);
        var paid = Assert.Single(await Client.GetUpdates(offset: queryUpdate.Id + 1)).Message!;
        var transaction = await Client.SendRequest(new InquireTransactionRequest(paid.SuccessfulPayment!.TelegramPaymentChargeId));

        Assert.Equal((Ali, "IRR", Fee, Payload), (query.From.Id, query.Currency, query.TotalAmount, query.InvoicePayload));
        Assert.Equal(SandboxPaymentStatus.Paid, outcome.Status);
        Assert.Equal(MessageType.SuccessfulPayment, paid.Type);
        Assert.Equal(Ali, paid.From!.Id);
        Assert.Equal(("IRR", Fee, Payload), (paid.SuccessfulPayment.Currency, paid.SuccessfulPayment.TotalAmount, paid.SuccessfulPayment.InvoicePayload));
        Assert.Equal(query.Id, paid.SuccessfulPayment.TelegramPaymentChargeId);
        Assert.False(string.IsNullOrEmpty(paid.SuccessfulPayment.ProviderPaymentChargeId));
        var shown = Assert.Single(Bot.Messages(Ali), m => m.Kind == SandboxMessageKind.Payment);
        Assert.Equal((Fee, Payload), (shown.Payment!.Amount, shown.Payment.Payload));
        Assert.Equal((query.Id, "paid", Ali, Fee), (transaction.Id, transaction.Status, transaction.UserId, transaction.Amount));
    }

    [Fact]
    public async Task PayInvoice_BotRefuses_NoPaymentAndTheUserIsShownTheBotsReason()
    {
        await SendMembershipInvoice();

        var paying = Bot.PayInvoiceAsync(Ali);
        var queryUpdate = Assert.Single(await Client.GetUpdates());
        await Client.AnswerPreCheckoutQuery(queryUpdate.PreCheckoutQuery!.Id, AlreadyPaid);
        var outcome = await paying.WaitAsync(Bound);
        var transaction = await Client.SendRequest(new InquireTransactionRequest(queryUpdate.PreCheckoutQuery.Id));

        Assert.Equal((SandboxPaymentStatus.Rejected, AlreadyPaid), (outcome.Status, outcome.ErrorMessage));
        Assert.Equal(AlreadyPaid, Assert.Single(Bot.Payments(Ali)).ErrorMessage);
        Assert.Empty(await Client.GetUpdates(offset: queryUpdate.Id + 1));
        Assert.DoesNotContain(Bot.Messages(Ali), m => m.Kind == SandboxMessageKind.Payment);
        Assert.Equal("rejected", transaction.Status);
    }

    [Fact]
    public async Task PayInvoice_SecondAttemptOnAPaidInvoice_IsANewQueryTheBotMayRefuse()
    {
        await SendMembershipInvoice();
        var first = Bot.PayInvoiceAsync(Ali);
        var firstQuery = Assert.Single(await Client.GetUpdates());
        await Client.AnswerPreCheckoutQuery(firstQuery.PreCheckoutQuery!.Id);
        await first.WaitAsync(Bound);
        var paid = Assert.Single(await Client.GetUpdates(offset: firstQuery.Id + 1));

        var second = Bot.PayInvoiceAsync(Ali);
        var secondQuery = Assert.Single(await Client.GetUpdates(offset: paid.Id + 1)).PreCheckoutQuery!;
        await Client.AnswerPreCheckoutQuery(secondQuery.Id, AlreadyPaid);
        var outcome = await second.WaitAsync(Bound);

        Assert.NotEqual(firstQuery.PreCheckoutQuery.Id, secondQuery.Id);
        Assert.Equal(Payload, secondQuery.InvoicePayload);
        Assert.Equal(SandboxPaymentStatus.Rejected, outcome.Status);
        Assert.Equal([SandboxPaymentStatus.Paid, SandboxPaymentStatus.Rejected], Bot.Payments(Ali).Select(p => p.Status));
        Assert.Single(Bot.Messages(Ali), m => m.Kind == SandboxMessageKind.Payment);
    }

    [Fact]
    public async Task AnswerPreCheckoutQuery_AnsweredTwice_TheSecondAnswerIsRefusedAndPaysNothingMore()
    {
        await SendMembershipInvoice();
        var paying = Bot.PayInvoiceAsync(Ali);
        var query = Assert.Single(await Client.GetUpdates()).PreCheckoutQuery!;
        await Client.AnswerPreCheckoutQuery(query.Id);
        await paying.WaitAsync(Bound);

        var again = await Assert.ThrowsAsync<ApiRequestException>(() => Client.AnswerPreCheckoutQuery(query.Id));

        Assert.Equal(400, again.ErrorCode);
        Assert.Single(Bot.Messages(Ali), m => m.Kind == SandboxMessageKind.Payment);
    }

    [Fact]
    public async Task PayInvoice_BotDoesNotAnswerInTime_FailsAndALateAnswerIsRefused()
    {
        await SendMembershipInvoice();

        var outcome = await Bot.PayInvoiceAsync(Ali, answerTimeout: TimeSpan.FromMilliseconds(1)).WaitAsync(Bound);
        var query = Assert.Single(await Client.GetUpdates()).PreCheckoutQuery!;
        var late = await Assert.ThrowsAsync<ApiRequestException>(() => Client.AnswerPreCheckoutQuery(query.Id));
        var transaction = await Client.SendRequest(new InquireTransactionRequest(query.Id));

        Assert.Equal(SandboxPaymentStatus.Failed, outcome.Status);
        Assert.Equal(400, late.ErrorCode);
        Assert.Equal("failed", transaction.Status);
        Assert.DoesNotContain(Bot.Messages(Ali), m => m.Kind == SandboxMessageKind.Payment);
    }

    [Theory]
    [InlineData("USD", Payload, CardNumber, Fee)]
    [InlineData("IRR", "", CardNumber, Fee)]
    [InlineData("IRR", Payload, "", Fee)]
    [InlineData("IRR", Payload, CardNumber, 0)]
    public async Task SendInvoice_NotPayableInRialsOnBale_IsRefusedAndNothingIsShown(string currency, string payload, string providerToken, long amount)
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client.SendInvoice(
            Ali, "حق عضویت", "عضویت یک‌ساله", payload, currency, [new LabeledPrice("عضویت", amount)], providerToken: providerToken));

        Assert.Equal(400, error.ErrorCode);
        Assert.Empty(Bot.Messages(Ali));
    }

    [Fact]
    public async Task SendInvoice_WithAPayButton_PaysFromThatButton()
    {
        var markup = new InlineKeyboardMarkup([[InlineKeyboardButton.WithPay("پرداخت حق عضویت")], [InlineKeyboardButton.WithCallbackData("انصراف", "cancel")]]);

        await Client.SendInvoice(Ali, "حق عضویت", "عضویت یک‌ساله", Payload, "IRR", [new LabeledPrice("عضویت", Fee)],
            providerToken: CardNumber, replyMarkup: markup);
        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => Client.SendMessage(Ali, "منو",
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithPay("پرداخت"))));

        var shown = await Bot.WaitForBotMessageAsync(Ali, timeout: Bound);
        Assert.True(shown.InlineButtons.First().Pay);
        Assert.Equal("cancel", shown.InlineButtons.Last().CallbackData);
        Assert.Equal(400, refused.ErrorCode);
    }




    [Fact]
    public async Task InquireTransaction_UnknownId_Answers400()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client.SendRequest(new InquireTransactionRequest("42")));

        Assert.Equal(400, error.ErrorCode);
    }

    [Fact]
    public async Task PostPay_FromThePageAndTheBotAccepts_ThePageShowsTheInvoiceAndThePayment()
    {
        var invoice = await SendMembershipInvoice();

        var posting = Http.PostAsJsonAsync($"/sandbox/api/chats/{Ali}/pay", new { messageId = invoice.MessageId });
        // A long poll: the page's post may reach the sandbox after the bot first asks.
        var query = Assert.Single(await Client.GetUpdates(timeout: 10)).PreCheckoutQuery!;
        await Client.AnswerPreCheckoutQuery(query.Id);
        var outcome = await (await posting.WaitAsync(Bound)).Content.ReadFromJsonAsync<JsonElement>();
        var page = await Http.GetFromJsonAsync<JsonElement>($"/sandbox/api/chats/{Ali}/messages");

        Assert.Equal("Paid", outcome.GetProperty("status").GetString());
        var messages = page.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal("۱۰۰٬۰۰۰ تومان", messages[0].GetProperty("invoice").GetProperty("amountText").GetString());
        Assert.Equal("Payment", messages[1].GetProperty("kind").GetString());
        Assert.Equal("۱۰۰٬۰۰۰ تومان", messages[1].GetProperty("payment").GetProperty("amountText").GetString());
        Assert.Equal("Paid", Assert.Single(page.GetProperty("payments").EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task PostPay_FromThePageAndTheBotRefuses_ThePageShowsTheBotsReasonAndNoPayment()
    {
        var invoice = await SendMembershipInvoice();

        var posting = Http.PostAsJsonAsync($"/sandbox/api/chats/{Ali}/pay", new { messageId = invoice.MessageId });
        // A long poll: the page's post may reach the sandbox after the bot first asks.
        var query = Assert.Single(await Client.GetUpdates(timeout: 10)).PreCheckoutQuery!;
        await Client.AnswerPreCheckoutQuery(query.Id, AlreadyPaid);
        var outcome = await (await posting.WaitAsync(Bound)).Content.ReadFromJsonAsync<JsonElement>();
        var page = await Http.GetFromJsonAsync<JsonElement>($"/sandbox/api/chats/{Ali}/messages");

        Assert.Equal(("Rejected", AlreadyPaid), (outcome.GetProperty("status").GetString(), outcome.GetProperty("errorMessage").GetString()));
        var attempt = Assert.Single(page.GetProperty("payments").EnumerateArray());
        Assert.Equal((invoice.MessageId, AlreadyPaid), (attempt.GetProperty("invoiceMessageId").GetInt32(), attempt.GetProperty("errorMessage").GetString()));
        Assert.Single(page.GetProperty("messages").EnumerateArray());
    }

    [Fact]
    public async Task PostPay_NoSuchInvoice_Answers404()
    {
        var response = await Http.PostAsJsonAsync($"/sandbox/api/chats/{Ali}/pay", new { messageId = 99 });

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal(0, Bot.PendingUpdateCount);
    }
}
