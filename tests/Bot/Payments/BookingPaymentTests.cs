using Microsoft.EntityFrameworkCore;
using RahZendegi.Bot.Counseling;
using RahZendegi.Bot.Payments;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;
using RahZendegi.Tests.Bot.Counseling;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Payments;

/// <summary>A counselling session booked on Bale: its invoice, and a payment Bale confirms after the booking was cancelled.</summary>
public sealed class BookingPaymentTests : InChatPaymentTestBase
{
    [Fact]
    public async Task Book_OnBale_SaysTheAmountAndSendsTheInvoiceAfterTheMenu()
    {
        var me = NewPerson();
        await CounselingChat.ReachSummaryAsync(me);

        var booked = await me.SayAsync(CounselingTexts.ConfirmButton);
        var invoice = await me.NextAsync();

        var payment = await PaymentOfBookingAsync(me);
        Assert.Contains(PaymentTexts.PayInChat(payment.DueRials), booked.Text);
        Assert.Equal((SandboxMessageKind.Invoice, payment.DueRials), (invoice.Kind, invoice.Invoice!.TotalAmount));
        Assert.Equal(PaymentTexts.InvoiceTitle(PaymentFor.Booking), invoice.Invoice.Title);
        Assert.Contains(CounselingChat.Library, invoice.Invoice.Description);
    }

    [Fact]
    public async Task Payment_ConfirmedAfterTheBookingWasCancelled_IsPaidThenRefundedAndThePersonIsToldTheDeskRefunds()
    {
        var me = NewPerson();
        await CounselingChat.ReachSummaryAsync(me);
        await me.SayAsync(CounselingTexts.ConfirmButton);
        await me.NextAsync();
        Host.Chat.SetInquiryFailure(SandboxInquiryFailure.StillPending);
        await Host.Chat.PayInvoiceAsync(me.UserId);
        Assert.Equal(PaymentTexts.Confirming, (await me.NextAsync()).Text);

        var booking = (await CounselingChat.BookingsOfAsync(Host, me)).Single();
        Assert.Equal(CancelOutcome.Cancelled, await Host.Services.AsStaffAsync<BookingService, CancelOutcome>(
            bookings => bookings.CancelByUserAsync(booking.Id, BotTestHost.BotName, me.UserId, CancellationToken.None)));
        Assert.Equal(PaymentStatus.Cancelled, (await PaymentOfBookingAsync(me)).Status);
        Host.Chat.SetInquiryFailure(SandboxInquiryFailure.None);
        await RunConfirmationRoundAsync();

        var told = await me.NextAsync();
        var payment = await PaymentOfBookingAsync(me);
        Assert.Equal((PaymentStatus.Refunded, PaymentMethod.BaleInvoice), (payment.Status, payment.Method));
        Assert.Equal(PaymentTexts.RefundOwed(PaymentTexts.SessionFor(JalaliDate.FormatDateTime(booking.StartsAt), CounselingChat.Library),
            payment.DueRials, PersianText.ToPersianDigits(payment.ReceiptNumber!), CounselingChat.Library), told.Text);
        Assert.Equal(PaymentLedger.RefundOwedNote, payment.Events[^1].Note);
    }

    [Fact]
    public async Task PreCheckout_ForACancelledBooking_IsRefusedWithTheReason()
    {
        var me = NewPerson();
        await CounselingChat.ReachSummaryAsync(me);
        await me.SayAsync(CounselingTexts.ConfirmButton);
        await me.NextAsync();
        var booking = (await CounselingChat.BookingsOfAsync(Host, me)).Single();
        await Host.Services.AsStaffAsync<BookingService, CancelOutcome>(
            bookings => bookings.CancelByUserAsync(booking.Id, BotTestHost.BotName, me.UserId, CancellationToken.None));

        var attempt = await Host.Chat.PayInvoiceAsync(me.UserId);

        Assert.Equal((SandboxPaymentStatus.Rejected, PaymentTexts.Cancelled), (attempt.Status, attempt.ErrorMessage));
        Assert.Equal(PaymentStatus.Cancelled, (await PaymentOfBookingAsync(me)).Status);
    }

    private async Task<Payment> PaymentOfBookingAsync(ChatScript person)
    {
        await using var db = Host.Database.NewContext();
        return await db.Payments.AsNoTracking().Include(p => p.Events.OrderBy(e => e.Id)).SingleAsync(p => p.Booking!.UserId == person.UserId);
    }
}
