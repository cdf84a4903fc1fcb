using Microsoft.EntityFrameworkCore;
using RahZendegi.Bot.Membership;
using RahZendegi.Bot.Payments;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;
using RahZendegi.Tests.Support;
using Telegram.Bot;
using Telegram.Bot.Types.Payments;

namespace RahZendegi.Tests.Bot.Payments;

/// <summary>Paying in the chat on a Bale bot, through the sandbox's Bale payments and the real Telegram.Bot client.</summary>
public sealed class InChatPaymentTests : InChatPaymentTestBase
{
    [Fact]
    public async Task Register_AsPublicOnBale_GetsAnInvoiceInRialsPaysInTheChatAndGetsAReceipt()
    {
        var me = NewPerson();

        var registered = await RegisterAsync(me, MemberCategoryNames.Public, "5260181591");
        var invoice = await me.NextAsync();

        Assert.Contains(PaymentTexts.PayInChat(Fee), registered.Text);
        Assert.Equal(SandboxMessageKind.Invoice, invoice.Kind);
        Assert.Equal(("IRR", Fee, PaymentTexts.InvoiceTitle(PaymentFor.Membership)), (invoice.Invoice!.Currency, invoice.Invoice.TotalAmount, invoice.Invoice.Title));
        Assert.Equal(PaymentTexts.MembershipFor(Library), invoice.Invoice.Description);
        var due = await PaymentOfAsync(me);
        Assert.Equal(InvoicePayload.Format(due.Id, due.InvoiceCheck!), invoice.Invoice.Payload);

        var paid = await Host.Chat.PayInvoiceAsync(me.UserId);
        var receipt = await me.NextAsync();

        Assert.Equal(SandboxPaymentStatus.Paid, paid.Status);
        var payment = await PaymentOfAsync(me);
        Assert.Equal((PaymentStatus.Paid, PaymentMethod.BaleInvoice, paid.TransactionId), (payment.Status, payment.Method, payment.ProviderChargeId));
        Assert.Equal(
            PaymentTexts.Receipt(PaymentTexts.MembershipFor(Library), Fee, PersianText.ToPersianDigits(payment.ReceiptNumber!), JalaliDate.FormatDate(payment.SettledAt!.Value)),
            receipt.Text);
        Assert.Contains("۱۰۰٬۰۰۰ تومان", receipt.Text);

        var again = await Host.Chat.PayInvoiceAsync(me.UserId);

        Assert.Equal((SandboxPaymentStatus.Rejected, PaymentTexts.AlreadyPaid), (again.Status, again.ErrorMessage));
        Assert.Equal(PaymentStatus.Paid, (await PaymentOfAsync(me)).Status);
    }

    [Theory]
    [InlineData(MemberCategoryNames.CommitteeClient, PaymentTexts.CommitteeClaimPending)]
    [InlineData(MemberCategoryNames.LibraryStaff, null)]
    public async Task Register_InAClaimedCategoryAwaitingVerification_IsToldWhatFollowsAndGetsNoInvoice(string category, string? told)
    {
        var me = NewPerson();

        var registered = await RegisterAsync(me, category, "5260181591");
        await OutboxDrainedAsync();

        Assert.Contains(told ?? PaymentTexts.ClaimPending(Library), registered.Text);
        Assert.DoesNotContain(Host.Chat.Messages(me.UserId), m => m.Kind == SandboxMessageKind.Invoice);
        Assert.Equal(PaymentStatus.Due, (await PaymentOfAsync(me)).Status);
    }

    [Fact]
    public async Task SuccessfulPayment_DeliveredTwice_IsRecordedOnceWithOneReceipt()
    {
        var me = NewPerson();
        await RegisterForInvoiceAsync(me);
        Host.Chat.DuplicateNextSuccessfulPayment(sameUpdateId: false);

        await Host.Chat.PayInvoiceAsync(me.UserId);
        await AfterEverythingEarlierAsync(me);

        var receipts = Host.Chat.Messages(me.UserId).Where(m => m.FromBot && m.Text?.StartsWith("رسید پرداخت") == true).ToList();
        Assert.Single(receipts);
        var payment = await PaymentOfAsync(me);
        Assert.Equal(PaymentStatus.Paid, payment.Status);
        Assert.Single(payment.Events, e => e.Status == PaymentStatus.Paid);
    }

    [Fact]
    public async Task PreCheckout_ForgedOrStalePayload_IsRefusedAndNothingIsPaid()
    {
        var me = NewPerson();
        await RegisterForInvoiceAsync(me);
        var due = await PaymentOfAsync(me);
        var forger = new TelegramBotClient(new TelegramBotClientOptions(Host.Sandbox.Emulator.DefaultToken, Host.Sandbox.BaseAddress.ToString()));

        foreach (var payload in new[] { InvoicePayload.Format(due.Id, "AAAAAAAAAAAA"), InvoicePayload.Format(due.Id + 1, due.InvoiceCheck!), "payment-17" })
        {
            await forger.SendInvoice(me.UserId, "حق عضویت", "عضویت", payload, "IRR", [new LabeledPrice("عضویت", Fee)], providerToken: CardNumber);
            var attempt = await Host.Chat.PayInvoiceAsync(me.UserId);

            Assert.Equal((SandboxPaymentStatus.Rejected, PaymentTexts.UnknownInvoice), (attempt.Status, attempt.ErrorMessage));
        }

        Assert.Equal(PaymentStatus.Due, (await PaymentOfAsync(me)).Status);
    }

    [Fact]
    public async Task PreCheckout_AmountNoLongerDue_IsRefusedAndTheInvoiceForTheNewAmountFollows()
    {
        var me = NewPerson();
        await RegisterForInvoiceAsync(me);
        await ChangePaymentAsync(me, p => p.DueRials = 600_000);

        var stale = await Host.Chat.PayInvoiceAsync(me.UserId);
        var fresh = await me.NextAsync();

        Assert.Equal((SandboxPaymentStatus.Rejected, PaymentTexts.AmountChanged), (stale.Status, stale.ErrorMessage));
        Assert.Equal((SandboxMessageKind.Invoice, 600_000L), (fresh.Kind, fresh.Invoice!.TotalAmount));
        Assert.Equal(SandboxPaymentStatus.Paid, (await Host.Chat.PayInvoiceAsync(me.UserId)).Status);
        Assert.Contains("۶۰٬۰۰۰ تومان", (await me.NextAsync()).Text);
        Assert.Equal((PaymentStatus.Paid, 600_000L), ((await PaymentOfAsync(me)).Status, (await PaymentOfAsync(me)).DueRials));
    }

    [Fact]
    public async Task Inquiry_FailingThenAnswering_TellsThePersonItIsBeingConfirmedThenARoundRecordsItPaid()
    {
        var me = NewPerson();
        await RegisterForInvoiceAsync(me);
        Host.Chat.SetInquiryFailure(SandboxInquiryFailure.ServerError);

        var paid = await Host.Chat.PayInvoiceAsync(me.UserId);

        Assert.Equal(PaymentTexts.Confirming, (await me.NextAsync()).Text);
        var pending = await PaymentOfAsync(me);
        Assert.Equal((PaymentStatus.Due, paid.TransactionId), (pending.Status, pending.ProviderChargeId));
        Assert.Equal((SandboxPaymentStatus.Rejected, PaymentTexts.BeingConfirmed), await PayAgainAsync(me));

        await RunConfirmationRoundAsync();
        Assert.Equal(PaymentStatus.Due, (await PaymentOfAsync(me)).Status);

        Host.Chat.SetInquiryFailure(SandboxInquiryFailure.None);
        await RunConfirmationRoundAsync();

        var receipt = await me.NextAsync();
        var payment = await PaymentOfAsync(me);
        Assert.Equal((PaymentStatus.Paid, PaymentMethod.BaleInvoice), (payment.Status, payment.Method));
        Assert.Contains(PersianText.ToPersianDigits(payment.ReceiptNumber!), receipt.Text);
        await AfterEverythingEarlierAsync(me);
        Assert.Single(Host.Chat.Messages(me.UserId), m => m.FromBot && m.Text == PaymentTexts.Confirming);
    }

    [Fact]
    public async Task Inquiry_SayingTheChargeFailed_LeavesItDueAndThePersonMayPayAgain()
    {
        var me = NewPerson();
        var invoice = await RegisterForInvoiceAsync(me);
        Host.Chat.SetInquiryFailure(SandboxInquiryFailure.StillPending);
        await Host.Chat.PayInvoiceAsync(me.UserId);
        Assert.Equal(PaymentTexts.Confirming, (await me.NextAsync()).Text);

        // A charge Bale knows as rejected stands in for one it later reports failed (the sandbox fails no charge it paid).
        var forger = new TelegramBotClient(new TelegramBotClientOptions(Host.Sandbox.Emulator.DefaultToken, Host.Sandbox.BaseAddress.ToString()));
        await forger.SendInvoice(me.UserId, "حق عضویت", "عضویت", "payment-17", "IRR", [new LabeledPrice("عضویت", Fee)], providerToken: CardNumber);
        var rejected = await Host.Chat.PayInvoiceAsync(me.UserId);
        await ChangePaymentAsync(me, p => p.ProviderChargeId = rejected.TransactionId);
        Host.Chat.SetInquiryFailure(SandboxInquiryFailure.None);
        await RunConfirmationRoundAsync();

        Assert.Equal(PaymentTexts.NotConfirmed, (await Host.Chat.WaitForBotMessageAsync(me.UserId, m => m.Kind == SandboxMessageKind.Text)).Text);
        var payment = await PaymentOfAsync(me);
        Assert.Equal((PaymentStatus.Due, null), (payment.Status, payment.ProviderChargeId));
        Assert.Equal(SandboxPaymentStatus.Paid, (await Host.Chat.PayInvoiceAsync(me.UserId, invoice.MessageId)).Status);
        Assert.StartsWith("رسید پرداخت", (await me.NextAsync()).Text);
    }

    private async Task<(SandboxPaymentStatus, string?)> PayAgainAsync(ChatScript me)
    {
        var attempt = await Host.Chat.PayInvoiceAsync(me.UserId);
        return (attempt.Status, attempt.ErrorMessage);
    }
}
