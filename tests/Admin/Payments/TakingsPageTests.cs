using System.Net;
using RahZendegi.Admin.Pages.Payments;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Tests.Admin.Payments;

public sealed class TakingsPageTests
{
    [Fact]
    public async Task Takings_Today_ListsWhatCameInByMethodWithTotalsAndOnlyThisLibrary()
    {
        using var panel = await DeskPanel.StartAsync();
        var cash = await panel.AddBookingPaymentAsync(panel.LibraryOneId);
        var card = await panel.AddBookingPaymentAsync(panel.LibraryOneId, listRials: 2_000_000, dueRials: 1_400_000);
        var inChat = await panel.AddBookingPaymentAsync(panel.LibraryOneId, PaymentStatus.Paid, method: PaymentMethod.BaleInvoice);
        var yesterday = await panel.AddBookingPaymentAsync(panel.LibraryOneId, PaymentStatus.Paid, method: PaymentMethod.DeskCash,
            settledAt: DateTime.UtcNow.AddDays(-1).AddHours(-1));
        var elsewhere = await panel.AddBookingPaymentAsync(panel.LibraryTwoId, PaymentStatus.Paid, method: PaymentMethod.DeskCash);
        var committee = await panel.AddBookingPaymentAsync(panel.LibraryOneId, PaymentStatus.Waived, dueRials: 0, method: PaymentMethod.Committee);
        using var http = await panel.OperatorAsync();
        await RecordAsync(http, cash, "DeskCash");
        await RecordAsync(http, card, "DeskCard");

        var page = await http.GetStringAsync("/Payments/Takings");

        Assert.Contains(JalaliDate.FromUtc(DateTime.UtcNow).Format(), page);
        foreach (var taken in new[] { cash, card, inChat })
        {
            Assert.Contains($"data-payment=\"{taken}\"", page);
        }

        foreach (var left in new[] { yesterday, elsewhere, committee })
        {
            Assert.DoesNotContain($"data-payment=\"{left}\"", page);
        }

        Assert.Contains("data-method=\"DeskCash\" data-count=\"1\" data-rials=\"2000000\"", page);
        Assert.Contains("data-method=\"DeskCard\" data-count=\"1\" data-rials=\"1400000\"", page);
        Assert.Contains("data-method=\"BaleInvoice\" data-count=\"1\" data-rials=\"2000000\"", page);
        Assert.Contains("data-total=\"taken\" data-rials=\"5400000\"", page);
        Assert.Contains("۵۴۰٬۰۰۰ تومان", page);
    }

    [Fact]
    public async Task HandBack_ARefundOwed_IsRecordedOnceAndLeavesTheList()
    {
        using var panel = await DeskPanel.StartAsync();
        var refunded = await panel.AddBookingPaymentAsync(panel.LibraryOneId, PaymentStatus.Refunded, method: PaymentMethod.DeskCash,
            settledAt: DateTime.UtcNow.AddDays(-3));
        using var http = await panel.OperatorAsync();
        var before = await http.GetStringAsync("/Payments/Takings");
        Assert.Contains($"<tr data-payment=\"{refunded}\">", before);
        var token = await PanelSession.TokenAsync(http, "/Payments/Takings");

        var first = await http.PostAsync($"/Payments/Takings?handler=HandBack&id={refunded}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var second = await http.PostAsync($"/Payments/Takings?handler=HandBack&id={refunded}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        var after = await http.GetStringAsync(second.Headers.Location!.OriginalString);
        Assert.Contains(PaymentTexts.AlreadyHandedBack, after);
        Assert.DoesNotContain($"<tr data-payment=\"{refunded}\">", after);
        Assert.Contains("برگردانده در این روز: ۲۰۰٬۰۰۰ تومان", after);
        var payment = await panel.PaymentAsync(refunded);
        Assert.Equal((PaymentStatus.Refunded, DeskPanel.Operator), (payment.Status, payment.RefundHandedBackBy));
        Assert.Single(payment.Events, e => e.Note == "refund handed back at the desk");
        Assert.Equal([("payment.refund-handed-back", $"Payment {refunded}")], await panel.AuditAsync());
    }

    [Fact]
    public async Task HandBack_RefundOfAnotherLibrary_IsForbidden()
    {
        using var panel = await DeskPanel.StartAsync();
        var refunded = await panel.AddBookingPaymentAsync(panel.LibraryTwoId, PaymentStatus.Refunded, method: PaymentMethod.DeskCash);
        using var http = await panel.OperatorAsync();
        var token = await PanelSession.TokenAsync(http, "/Payments/Takings");

        var post = await http.PostAsync($"/Payments/Takings?handler=HandBack&id={refunded}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Null((await panel.PaymentAsync(refunded)).RefundHandedBackAt);
        Assert.Empty(await panel.AuditAsync());
    }

    [Fact]
    public async Task Find_ByTrackingCodeOrMembershipNumber_LeadsToTheDeskPageInTheirLibrariesOnly()
    {
        using var panel = await DeskPanel.StartAsync();
        var booking = await panel.AddBookingPaymentAsync(panel.LibraryOneId);
        var (_, membership) = await panel.AddMembershipPaymentAsync(panel.LibraryOneId, PaymentStatus.Due, 1_000_000);
        var elsewhere = await panel.AddBookingPaymentAsync(panel.LibraryTwoId);
        using var http = await panel.OperatorAsync();
        async Task<string> FindAsync(int paymentId, Func<Payment, string> code)
        {
            var typed = code(await panel.PaymentAsync(paymentId));
            var response = await http.GetAsync($"/Payments/Takings?handler=Find&code={Uri.EscapeDataString(PersianText.ToPersianDigits(typed))}");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return response.Headers.Location!.OriginalString;
        }

        Assert.Equal($"/Payments/Desk/{booking}", await FindAsync(booking, p => TrackingCodeOf(panel, p)));
        Assert.Equal($"/Payments/Desk/{membership}", await FindAsync(membership, p => MembershipNumberOf(panel, p)));
        Assert.Equal("/Payments/Takings", await FindAsync(elsewhere, p => TrackingCodeOf(panel, p)));
        Assert.Contains("در کتابخانه‌های شما پیدا نشد", await http.GetStringAsync("/Payments/Takings"));
    }

    private static string TrackingCodeOf(DeskPanel panel, Payment payment)
    {
        using var db = panel.Session.Database.NewContext();
        return db.Bookings.Single(b => b.Id == payment.BookingId).TrackingCode;
    }

    private static string MembershipNumberOf(DeskPanel panel, Payment payment)
    {
        using var db = panel.Session.Database.NewContext();
        return db.Members.Single(m => m.Id == payment.MemberId).MembershipNumber;
    }

    private static async Task RecordAsync(HttpClient http, int id, string method)
    {
        var post = await PanelSession.PostFormAsync(http, $"/Payments/Desk/{id}?Method={method}", $"/Payments/Desk/{id}", new() { ["Method"] = method });
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
    }
}
