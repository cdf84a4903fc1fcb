using OpenQA.Selenium;
using OpenQA.Selenium.Chromium;
using RahZendegi.Admin.Pages.Payments;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin.Payments;

/// <summary>A payment taken at the desk in a real headless Chromium, as the operator does it.</summary>
[Trait("Category", "Slow")]
[Collection(Chromium.Collection)]
public sealed class DeskPaymentBrowserTests(Chromium chromium)
{
    [Fact]
    public async Task DeskPayment_FromTheBookingsList_IsRecordedAndItsReceiptPrints()
    {
        using var panel = await DeskPanel.StartAsync(listen: true);
        var id = await panel.AddBookingPaymentAsync(panel.LibraryOneId);
        using var browser = panel.Session.BrowserSignedInAs(chromium, DeskPanel.Operator);

        browser.Open("/Counseling/Bookings");
        browser.Driver.FindElement(By.CssSelector($"[data-payment='{id}'] a[data-pay]")).Click();
        Assert.Equal($"/Payments/Desk/{id}", browser.PathAndQuery);
        browser.Submit(PaymentTexts.Method(PaymentMethod.DeskCard));
        Assert.Contains(PaymentTexts.AreYouSure, browser.Text(By.CssSelector("[data-step=confirm]")));
        Assert.Contains("۲۰۰٬۰۰۰ تومان", browser.Text(By.CssSelector("[data-field=what-follows]")));
        browser.Screenshot("desk-01-confirm");
        browser.Submit("بله، ثبت شود");

        Assert.Equal($"/Payments/Receipt/{id}", browser.PathAndQuery);
        var payment = await panel.PaymentAsync(id);
        Assert.Equal((PaymentStatus.Paid, PaymentMethod.DeskCard), (payment.Status, payment.Method));
        Assert.Equal(PersianText.ToPersianDigits(payment.ReceiptNumber!), browser.Text(By.CssSelector("[data-field=receipt-number]")));
        Assert.Equal("۲۰۰٬۰۰۰ تومان", browser.Text(By.CssSelector("[data-field=amount]")));
        Assert.Equal(PaymentTexts.Method(PaymentMethod.DeskCard), browser.Text(By.CssSelector("[data-field=method]")));
        ((ChromiumDriver)browser.Driver).ExecuteCdpCommand("Emulation.setEmulatedMedia", new() { ["media"] = "print" });
        Assert.False(browser.Driver.FindElement(By.CssSelector("body > header")).Displayed);
        Assert.False(browser.Driver.FindElement(By.CssSelector("[data-print]")).Displayed);
        Assert.True(browser.Driver.FindElement(By.CssSelector("[data-slip=receipt]")).Displayed);
        browser.Screenshot("desk-02-receipt-print");
    }
}
