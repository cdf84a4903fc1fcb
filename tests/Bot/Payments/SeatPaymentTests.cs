using RahZendegi.Bot.Payments;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Bot.Workshops;
using RahZendegi.Domain.Payments;

namespace RahZendegi.Tests.Bot.Payments;

/// <summary>A workshop seat taken on Bale: the amount in the confirmation, the invoice after it, the receipt once paid.</summary>
public sealed class SeatPaymentTests : InChatPaymentTestBase
{
    private const string Title = "آشنایی با راه‌اندازی کسب‌وکار خانگی";

    [Fact]
    public async Task SignUp_OnBale_SendsTheInvoiceAndPayingItGivesAReceiptNamingTheWorkshop()
    {
        var me = NewPerson();
        await me.SayAsync("کارگاه‌ها و رویدادها");
        await me.SayAsync("کسب‌وکار و اشتغال");
        var list = await me.SayAsync(WorkshopTexts.AllLibraries);
        await me.SayAsync(list.ReplyButtons.First().Text);

        var done = await me.SayAsync(WorkshopTexts.SignUpButton);
        var invoice = await me.NextAsync();

        Assert.Contains(PaymentTexts.PayInChat(500_000), done.Text);
        Assert.Equal((SandboxMessageKind.Invoice, 500_000L, PaymentTexts.InvoiceTitle(PaymentFor.WorkshopSeat)),
            (invoice.Kind, invoice.Invoice!.TotalAmount, invoice.Invoice.Title));
        Assert.Equal(SandboxPaymentStatus.Paid, (await Host.Chat.PayInvoiceAsync(me.UserId)).Status);
        var receipt = await me.NextAsync();
        Assert.Contains($"«{Title}»", receipt.Text);
        Assert.Contains("۵۰٬۰۰۰ تومان", receipt.Text);
    }
}
