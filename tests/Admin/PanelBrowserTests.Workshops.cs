using Microsoft.EntityFrameworkCore;
using OpenQA.Selenium;
using RahZendegi.Domain.Workshops;
using RahZendegi.Tests.Admin.Workshops;

namespace RahZendegi.Tests.Admin;

public sealed partial class PanelBrowserTests
{
    [Fact]
    public async Task WorkshopCancellation_AskedFirstWithWhatFollows_ThenEveryoneIsCancelled()
    {
        using var session = await PanelSession.StartListeningAsync();
        var seed = await CancelSeed.AddAsync(session.Database.NewContext);
        await session.AddStaffAsync("kargozar", "LibraryOperator", seed.LibraryId);
        using var browser = session.BrowserSignedInAs(chromium, "kargozar");

        browser.Open($"/Workshops/Registrations/{seed.WorkshopId}");
        browser.Driver.FindElement(By.CssSelector("[data-action=cancel-workshop]")).Click();
        browser.Wait(TimeSpan.FromSeconds(30)).Until(_ => browser.PathAndQuery.StartsWith("/Workshops/Cancel/", StringComparison.Ordinal));
        var impact = browser.Text(By.CssSelector("[data-impact]"));
        browser.Screenshot("workshop-cancel-confirm");
        browser.Fill("reason", "بیماری مدرس");
        browser.Submit(WorkshopsPanelTextsProbe.Confirm);

        Assert.Contains("۲ صندلی گرفته‌شده و ۱ نفر در فهرست انتظار لغو می‌شوند", impact);
        Assert.Equal($"/Workshops/Registrations/{seed.WorkshopId}", browser.PathAndQuery);
        Assert.Contains("کارگاه لغو شد", browser.Text(By.CssSelector("[role=status]")));
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("[data-action=cancel-workshop]")));
        await using var db = session.Database.NewContext();
        Assert.Equal(WorkshopStatus.Cancelled, (await db.Workshops.SingleAsync(w => w.Id == seed.WorkshopId)).Status);
        Assert.Equal(3, await db.WorkshopRegistrations.CountAsync(r => r.WorkshopId == seed.WorkshopId && r.Status == RegistrationStatus.Cancelled));
    }

    private static class WorkshopsPanelTextsProbe
    {
        public const string Confirm = RahZendegi.Admin.Pages.Workshops.WorkshopsPanelTexts.ConfirmCancelWorkshop;
    }
}
