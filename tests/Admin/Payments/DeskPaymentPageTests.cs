using System.Net;
using RahZendegi.Admin.Pages.Payments;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Tests.Admin.Payments;

public sealed class DeskPaymentPageTests
{
    [Fact]
    public async Task Record_DuePaymentInTheirLibrary_AsksFirstThenRecordsItAndPrintsTheReceipt()
    {
        using var panel = await DeskPanel.StartAsync();
        var id = await panel.AddBookingPaymentAsync(panel.LibraryOneId);
        using var http = await panel.OperatorAsync();

        var confirm = await http.GetStringAsync($"/Payments/Desk/{id}?Method=DeskCash");
        Assert.Contains(PaymentTexts.AreYouSure, confirm);
        Assert.Contains("دریافت ۲۰۰٬۰۰۰ تومان به صورت «نقدی در کتابخانه» برای جلسهٔ مشاوره با مریم کاظمی", confirm);
        Assert.Equal(PaymentStatus.Due, (await panel.PaymentAsync(id)).Status);

        var post = await PanelSession.PostFormAsync(http, $"/Payments/Desk/{id}?Method=DeskCash", $"/Payments/Desk/{id}",
            new() { ["Method"] = "DeskCash" });

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal($"/Payments/Receipt/{id}", post.Headers.Location!.OriginalString);
        var payment = await panel.PaymentAsync(id);
        Assert.Equal((PaymentStatus.Paid, PaymentMethod.DeskCash, DeskPanel.Operator), (payment.Status, payment.Method, payment.SettledBy));
        Assert.Equal($"{JalaliDate.FromUtc(DateTime.UtcNow).Year}-{id:D6}", payment.ReceiptNumber);
        Assert.Equal([("payment.desk", $"Payment {id}")], await panel.AuditAsync());

        var receipt = await http.GetStringAsync($"/Payments/Receipt/{id}");
        Assert.Contains(PaymentTexts.Recorded, receipt);
        Assert.Contains(PersianText.ToPersianDigits(payment.ReceiptNumber!), receipt);
        Assert.Contains("۲۰۰٬۰۰۰ تومان", receipt);
        Assert.Contains(JalaliDate.FormatDate(payment.SettledAt!.Value), receipt);
        Assert.Contains("کتابخانه مرکزی ایلام", receipt);
        Assert.Contains("جلسهٔ مشاوره با مریم کاظمی", receipt);
        Assert.Contains($"data-field=\"recorded-by\">{DeskPanel.Operator}<", receipt);
        Assert.Contains("data-print", receipt);
    }

    [Fact]
    public async Task Record_Twice_IsRecordedOnceAndTheSecondHearsItIsPaid()
    {
        using var panel = await DeskPanel.StartAsync();
        var id = await panel.AddBookingPaymentAsync(panel.LibraryOneId);
        using var first = await panel.OperatorAsync();
        using var second = await panel.OperatorAsync();
        var secondToken = await PanelSession.TokenAsync(second, $"/Payments/Desk/{id}?Method=DeskCard");

        var recorded = await PanelSession.PostFormAsync(first, $"/Payments/Desk/{id}?Method=DeskCash", $"/Payments/Desk/{id}", new() { ["Method"] = "DeskCash" });
        var again = await second.PostAsync($"/Payments/Desk/{id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Method"] = "DeskCard", ["__RequestVerificationToken"] = secondToken }));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains(PaymentTexts.AlreadyPaid, await again.Content.ReadAsStringAsync());
        var payment = await panel.PaymentAsync(id);
        Assert.Equal(PaymentMethod.DeskCash, payment.Method);
        Assert.Single(payment.Events, e => e.Status == PaymentStatus.Paid);
        Assert.Single(await panel.AuditAsync());
    }

    [Theory]
    [InlineData(PaymentStatus.Waived, PaymentTexts.NothingToPay)]
    [InlineData(PaymentStatus.Cancelled, PaymentTexts.Closed)]
    [InlineData(PaymentStatus.Refunded, PaymentTexts.Closed)]
    public async Task Record_PaymentNotDue_SaysWhyAndRecordsNothing(PaymentStatus status, string answer)
    {
        using var panel = await DeskPanel.StartAsync();
        var id = await panel.AddBookingPaymentAsync(panel.LibraryOneId, status, dueRials: status == PaymentStatus.Waived ? 0 : 2_000_000,
            method: status == PaymentStatus.Refunded ? PaymentMethod.DeskCash : null);
        using var http = await panel.OperatorAsync();

        var page = await http.GetStringAsync($"/Payments/Desk/{id}");
        Assert.Contains(answer, page);
        Assert.DoesNotContain("data-step=", page);

        var post = await PanelSession.PostFormAsync(http, $"/Payments/Desk/{id}", $"/Payments/Desk/{id}", new() { ["Method"] = "DeskCash" });

        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        Assert.Contains(answer, await post.Content.ReadAsStringAsync());
        Assert.Equal(status, (await panel.PaymentAsync(id)).Status);
        Assert.Empty(await panel.AuditAsync());
    }

    [Fact]
    public async Task Record_AlreadyPaid_ShowsTheReceiptInsteadOfAskingAgain()
    {
        using var panel = await DeskPanel.StartAsync();
        var id = await panel.AddBookingPaymentAsync(panel.LibraryOneId, PaymentStatus.Paid, method: PaymentMethod.BaleInvoice);
        using var http = await panel.OperatorAsync();

        var page = await http.GetStringAsync($"/Payments/Desk/{id}?Method=DeskCash");

        Assert.Contains(PaymentTexts.AlreadyPaid, page);
        Assert.Contains($"href=\"/Payments/Receipt/{id}\"", page);
        Assert.DoesNotContain(PaymentTexts.AreYouSure, page);
    }

    [Fact]
    public async Task Record_PaymentOfAnotherLibrary_IsRefusedClearlyAndRecordsNothing()
    {
        using var panel = await DeskPanel.StartAsync();
        var id = await panel.AddBookingPaymentAsync(panel.LibraryTwoId);
        using var http = await panel.OperatorAsync();

        var page = await http.GetAsync($"/Payments/Desk/{id}?Method=DeskCash");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        var text = await page.Content.ReadAsStringAsync();
        Assert.Contains(PaymentTexts.NotInYourLibraries, text);
        Assert.DoesNotContain("کتابخانه عمومی مهران", text);

        var token = await PanelSession.TokenAsync(http, "/Payments/Takings");
        var post = await http.PostAsync($"/Payments/Desk/{id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Method"] = "DeskCash", ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains(PaymentTexts.NotInYourLibraries, await post.Content.ReadAsStringAsync());
        Assert.Equal(PaymentStatus.Due, (await panel.PaymentAsync(id)).Status);
        Assert.Empty(await panel.AuditAsync());
    }

    [Fact]
    public async Task Record_ByACounsellor_IsSentToAccessDenied()
    {
        using var panel = await DeskPanel.StartAsync();
        var id = await panel.AddBookingPaymentAsync(panel.LibraryOneId);
        using var http = await panel.Session.SignInAsync(DeskPanel.CounselorUser);

        var page = await http.GetAsync($"/Payments/Desk/{id}?Method=DeskCash");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", page.Headers.Location!.PathAndQuery);
        Assert.Equal(PaymentStatus.Due, (await panel.PaymentAsync(id)).Status);
    }

    [Fact]
    public async Task BookingsList_ShowsWhatIsDueThenTheReceiptOnceRecorded()
    {
        using var panel = await DeskPanel.StartAsync();
        var due = await panel.AddBookingPaymentAsync(panel.LibraryOneId);
        var committee = await panel.AddBookingPaymentAsync(panel.LibraryOneId, PaymentStatus.Waived, dueRials: 0, method: PaymentMethod.Committee);
        using var http = await panel.OperatorAsync();

        var before = await http.GetStringAsync("/Counseling/Bookings");
        Assert.Contains($"data-payment=\"{due}\" data-payment-status=\"Due\"", before);
        Assert.Contains($"href=\"/Payments/Desk/{due}\"", before);
        Assert.Contains($"data-payment=\"{committee}\" data-payment-status=\"Waived\"", before);
        Assert.Contains("پرداخت کمیته", before);

        await PanelSession.PostFormAsync(http, $"/Payments/Desk/{due}?Method=DeskCard", $"/Payments/Desk/{due}", new() { ["Method"] = "DeskCard" });

        var after = await http.GetStringAsync("/Counseling/Bookings");
        Assert.Contains($"data-payment=\"{due}\" data-payment-status=\"Paid\"", after);
        Assert.Contains($"رسید {PersianText.ToPersianDigits((await panel.PaymentAsync(due)).ReceiptNumber!)}", after);
        Assert.DoesNotContain($"href=\"/Payments/Desk/{due}\"", after);
    }

    [Fact]
    public async Task SeatsList_ShowsTheSeatsPaymentWithItsDeskLink()
    {
        using var panel = await DeskPanel.StartAsync();
        var (workshopId, paymentId) = await panel.AddSeatPaymentAsync(panel.LibraryOneId, 500_000);
        using var http = await panel.OperatorAsync();

        var page = await http.GetStringAsync($"/Workshops/Registrations/{workshopId}");

        Assert.Contains($"data-payment=\"{paymentId}\" data-payment-status=\"Due\"", page);
        Assert.Contains($"href=\"/Payments/Desk/{paymentId}\"", page);
        var desk = await http.GetStringAsync($"/Payments/Desk/{paymentId}?Method=DeskCard");
        Assert.Contains("برای کارگاه «کارگاه کتاب‌خوانی»", desk);
        Assert.Contains("فاطمه رحیمی", desk);
    }

    [Fact]
    public async Task MembersList_ShowsDueFreeAndCommitteePaidCards()
    {
        using var panel = await DeskPanel.StartAsync();
        var (due, duePayment) = await panel.AddMembershipPaymentAsync(panel.LibraryOneId, PaymentStatus.Due, 1_000_000);
        var (free, _) = await panel.AddMembershipPaymentAsync(panel.LibraryOneId, PaymentStatus.Waived, 0);
        var (committee, _) = await panel.AddMembershipPaymentAsync(panel.LibraryOneId, PaymentStatus.Waived, 0, PaymentMethod.Committee);
        using var http = await panel.OperatorAsync();

        var page = await http.GetStringAsync("/Membership");

        string RowOf(int memberId) => page[page.IndexOf($"data-member=\"{memberId}\"", StringComparison.Ordinal)..].Split("</tr>")[0];
        Assert.Contains($"href=\"/Payments/Desk/{duePayment}\"", RowOf(due));
        Assert.Contains("۱۰۰٬۰۰۰ تومان", RowOf(due));
        Assert.Contains(">رایگان<", RowOf(free));
        Assert.Contains(">پرداخت کمیته<", RowOf(committee));
    }
}
