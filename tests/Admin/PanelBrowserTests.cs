using System.Text.RegularExpressions;
using OpenQA.Selenium;
using RahZendegi.Bot.Membership;
using RahZendegi.Domain.Membership;
using OpenQA.Selenium.Chromium;
using RahZendegi.Domain.Persian;
using RahZendegi.Tests.Support;
using RahZendegi.Bot.Privacy;

namespace RahZendegi.Tests.Admin;

/// <summary>The panel in a real headless Chromium, as a member of staff uses it.</summary>
[Trait("Category", "Slow")]
[Collection(Chromium.Collection)]
public sealed partial class PanelBrowserTests(Chromium chromium)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task FirstAdministrator_SignsInChangesThePasswordAndSeesTheDashboardInPersian()
    {
        using var session = await PanelSession.StartListeningAsync();
        var password = PasswordPattern().Match(session.Log.Single(l => l.Contains("one-time password", StringComparison.Ordinal))).Groups[1].Value;
        using var browser = chromium.Open(session.Address);

        browser.Open("/");
        Assert.StartsWith("/Account/Login", browser.PathAndQuery);
        Assert.Equal("rtl", browser.Driver.FindElement(By.TagName("html")).GetAttribute("dir"));
        browser.Screenshot("01-login");
        browser.Fill("Input.UserName", "admin");
        browser.Fill("Input.Password", password);
        browser.Submit("ورود");

        Assert.Equal("/Account/ChangePassword", browser.PathAndQuery);
        browser.Fill("Input.Current", password);
        browser.Fill("Input.New", "Tazeh-Ramz-1405");
        browser.Fill("Input.Repeat", "Tazeh-Ramz-1405");
        browser.Submit("ذخیره");

        Assert.Equal("/", browser.PathAndQuery);
        Assert.Equal("۶", browser.Text(By.CssSelector("[data-stat=libraries]")));
        Assert.Contains("نوبت‌ها", browser.Text(By.CssSelector("nav")));
        browser.Screenshot("02-dashboard");
    }

    [Fact]
    public async Task Broadcast_ComposedInThePanel_ArrivesInTheSubscribersChat()
    {
        using var session = await PanelSession.StartListeningAsync();
        await session.AddStaffAsync("ostan", "ProvincialAdmin");
        const long subscriber = 1001;
        await session.Sandbox.SayAsync(subscriber, "اطلاع‌رسانی‌ها");
        await session.Sandbox.WaitForBotTextAsync(subscriber, "اطلاع‌رسانی‌ها:", StartTimeout);
        await session.Sandbox.SayAsync(subscriber, "⬜ خبرهای کتابخانه");
        await session.Sandbox.WaitForBotTextAsync(subscriber, "ذخیره شد", StartTimeout);

        using var browser = session.BrowserSignedInAs(chromium, "ostan");
        browser.Open("/Announcements/Compose");
        browser.Fill("Input.Text", "کتابخانه‌ها روز جمعه هم باز است.");
        browser.Select("Input.Topic", "LibraryNews");
        browser.Select("Input.LibraryId", "");
        browser.Submit("شمارش گیرندگان");
        Assert.Equal("1", browser.Driver.FindElement(By.CssSelector("[data-recipients]")).GetAttribute("data-recipients"));
        browser.Screenshot("03-compose");
        browser.Submit("ثبت و ارسال");

        Assert.Equal("کتابخانه‌ها روز جمعه هم باز است.",
            await session.Sandbox.WaitForBotTextAsync(subscriber, "روز جمعه", StartTimeout));
        browser.Open("/Announcements");
        browser.Screenshot("04-announcements");
    }

    [Fact]
    public async Task ClaimedCategory_VerifiedInThePanel_IsAnnouncedToThePersonByTheBot()
    {
        using var session = await PanelSession.StartListeningAsync();
        await session.AddStaffAsync("kargozar", "LibraryOperator", 1);
        const long person = 1003;
        var chat = session.Sandbox;
        await chat.SayAsync(person, "عضویت در کتابخانه");
        await chat.SayAsync(person, PrivacyTexts.ConsentButton);
        await chat.SayAsync(person, MemberCategoryNames.CommitteeClient);
        await chat.SayAsync(person, "زهرا محمدی");
        await chat.SayAsync(person, "0499370899");
        await chat.SayAsync(person, "09123456789");
        await chat.SayAsync(person, "ایلام");
        await chat.SayAsync(person, "ایلام");
        await chat.SayAsync(person, "کتابخانه عمومی مرکزی ایلام");
        await chat.WaitForBotTextAsync(person, MembershipTexts.AskProof, StartTimeout);
        await chat.SendPhotoAsync(person);
        await chat.WaitForBotTextAsync(person, MembershipTexts.ProofReceived, StartTimeout);
        await chat.SayAsync(person, MembershipTexts.ConfirmButton);
        await chat.WaitForBotTextAsync(person, MembershipTexts.Registered, StartTimeout);

        using var browser = session.BrowserSignedInAs(chromium, "kargozar");
        browser.Open("/Membership?Pending=true");
        browser.Driver.FindElement(By.XPath("//tr[td[normalize-space()='زهرا محمدی']]//a")).Click();
        Assert.Contains("در انتظار", browser.Text(By.TagName("main")));
        browser.Screenshot("08-member-pending");
        browser.Submit("تأیید گروه");
        browser.Screenshot("09-member-verified");

        Assert.Equal(MembershipNotices.Verified(MemberCategoryNames.CommitteeClient, membershipDueRials: 0),
            await chat.WaitForBotTextAsync(person, "تأیید شد", StartTimeout));
    }

    [Fact]
    public async Task WeeklyPlan_WidenedInThePanel_IsOfferedByTheBot()
    {
        using var session = await PanelSession.StartListeningAsync();
        await session.AddStaffAsync("ostan", "ProvincialAdmin");
        using var browser = session.BrowserSignedInAs(chromium, "ostan");

        // The demo's مریم احمدی works no Friday; give her Friday afternoons at the central library.
        browser.Open("/Counseling/Counselors/Edit/1");
        var blank = browser.Driver.FindElements(By.CssSelector("input[name$='.Start']")).First(e => string.IsNullOrEmpty(e.GetAttribute("value")));
        var row = RowIndex().Match(blank.GetAttribute("name")!).Groups[1].Value;
        browser.Select($"Input.Plan[{row}].LibraryId", "1");
        browser.Select($"Input.Plan[{row}].Day", "6");
        browser.Fill($"Input.Plan[{row}].Start", "16:00");
        browser.Fill($"Input.Plan[{row}].End", "18:00");
        browser.Screenshot("05-weekly-plan");
        browser.Submit("ذخیره");

        const long person = 1002;
        var chat = session.Sandbox;
        await chat.SayAsync(person, "رزرو مشاوره");
        await chat.WaitForBotTextAsync(person, "برای چه موضوعی", StartTimeout);
        await chat.SayAsync(person, "خانواده و ازدواج");
        await chat.WaitForBotTextAsync(person, "در کدام کتابخانه", StartTimeout);
        await chat.SayAsync(person, "کتابخانه عمومی مرکزی ایلام");
        await chat.WaitForBotTextAsync(person, "مشاور را انتخاب کنید", StartTimeout);
        await chat.SayAsync(person, "مریم احمدی (خانم)");
        var days = await chat.WaitForBotMessageAsync(person, "روزهایی", StartTimeout);

        Assert.Contains(days.Buttons, b => b.StartsWith("جمعه", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HolidayDate_PickedOnTheCalendarOrTyped_IsAcceptedByTheForm()
    {
        using var session = await PanelSession.StartListeningAsync();
        await session.AddStaffAsync("ostan", "ProvincialAdmin");
        using var browser = session.BrowserSignedInAs(chromium, "ostan");

        // Next month's 15th on the calendar: a day still ahead, so the page lists it.
        browser.Open("/Counseling/Holidays");
        var field = browser.Click("Input.Date");
        var calendar = browser.Wait(StartTimeout).Until(d => d.FindElements(By.TagName("jdp-container")).FirstOrDefault(e => e.Displayed));
        Assert.Equal("ش", calendar.FindElements(By.CssSelector(".jdp-day-name"))[0].Text);
        browser.Screenshot("06-date-picker");
        calendar.FindElement(By.CssSelector(".jdp-months .jdp-icon-plus")).Click();
        calendar.FindElements(By.CssSelector(".jdp-day:not(.not-in-month)")).Single(d => d.Text == "۱۵").Click();
        var picked = (string?)((IJavaScriptExecutor)browser.Driver).ExecuteScript(
            "return Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').get.call(arguments[0]);",
            field) ?? "";
        Assert.Matches("^[۰-۹]{4}/[۰-۹]{2}/۱۵$", picked);
        browser.Fill("Input.Name", "تعطیلی برگزیده در تقویم");
        browser.Submit("افزودن");

        browser.Fill("Input.Date", "۱۴۹۹/۰۱/۱۲");
        browser.Fill("Input.Name", "تعطیلی نوشته با صفحه‌کلید");
        browser.Submit("افزودن");

        Assert.True(JalaliDate.TryParse(picked, out var pickedDay));
        await using var db = session.Database.NewContext();
        Assert.Equal(TehranDay(pickedDay), db.OfficialHolidays.Single(h => h.Name == "تعطیلی برگزیده در تقویم").Date);
        Assert.True(JalaliDate.TryCreate(1499, 1, 12, out var typedDay));
        Assert.Equal(TehranDay(typedDay), db.OfficialHolidays.Single(h => h.Name == "تعطیلی نوشته با صفحه‌کلید").Date);
        Assert.Contains(pickedDay.Format(), browser.Text(By.CssSelector(".list-group")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poster_Printed_ShowsTheQrCodeAndNoPanelNavigation()
    {
        using var session = await PanelSession.StartListeningAsync();
        await session.AddStaffAsync("ostan", "ProvincialAdmin");
        using var browser = session.BrowserSignedInAs(chromium, "ostan");
        browser.Open("/Workshops");
        browser.Driver.FindElements(By.CssSelector("[data-poster-link]"))[0].Click();

        var code = browser.Driver.FindElement(By.CssSelector("img[data-qr]"));
        var drawn = (long?)((IJavaScriptExecutor)browser.Driver).ExecuteScript("return arguments[0].naturalWidth;", code);
        Assert.True(drawn > 0, "the QR image did not load");
        Assert.True(browser.Driver.FindElement(By.CssSelector("body > header")).Displayed);
        ((ChromiumDriver)browser.Driver).ExecuteCdpCommand("Emulation.setEmulatedMedia", new() { ["media"] = "print" });
        Assert.False(browser.Driver.FindElement(By.CssSelector("body > header")).Displayed);
        Assert.False(browser.Driver.FindElement(By.CssSelector("[data-print]")).Displayed);
        Assert.True(code.Displayed);
        browser.Screenshot("07-poster-print");
    }

    private static DateOnly TehranDay(JalaliDate day) => DateOnly.FromDateTime(JalaliDate.ToTehran(day.ToUtc(new TimeOnly(12, 0)).Utc!.Value));

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex RowIndex();

    [GeneratedRegex("password \"([^\"]+)\"")]
    private static partial Regex PasswordPattern();
}
