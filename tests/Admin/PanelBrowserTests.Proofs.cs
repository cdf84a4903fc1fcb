using OpenQA.Selenium;
using RahZendegi.Bot.Membership;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Payments;
using RahZendegi.Tests.Admin.Membership;
using RahZendegi.Tests.Support;
using RahZendegi.Bot.Privacy;

namespace RahZendegi.Tests.Admin;

public sealed partial class PanelBrowserTests
{
    [Fact]
    public async Task ProofPhoto_SentInTheChat_IsSeenByTheOperatorWhoVerifiesAndThePersonIsTold()
    {
        using var session = await PanelSession.StartWithMessengerAsync(listen: true);
        var messenger = session.Messenger!;
        await using (var db = session.Database.NewContext())
        {
            var library = db.Libraries.Single(l => l.Name == "کتابخانه عمومی مرکزی ایلام").Id;
            await session.AddStaffAsync("kargozar", "LibraryOperator", library);
        }

        var photo = ProofPagesTests.Png();
        var person = new ChatScript(messenger.Bot, messenger.Emulator.AddUser().Id, StartTimeout);
        await person.SayAsync("عضویت در کتابخانه");
        await person.SayAsync(PrivacyTexts.ConsentButton);
        await person.SayAsync(MemberCategoryNames.CommitteeClient);
        await person.SayAsync("زهرا محمدی");
        await person.SayAsync("0499370899");
        await person.SayAsync("09123456789");
        await person.SayAsync("ایلام");
        await person.SayAsync("ایلام");
        Assert.Equal(MembershipTexts.AskProof, (await person.SayAsync("کتابخانه عمومی مرکزی ایلام")).Text);
        messenger.Bot.SendPhoto(person.UserId, photo);
        Assert.Equal(MembershipTexts.ProofReceived, (await person.NextAsync()).Text);
        Assert.Contains(MembershipTexts.FreeOnceVerified, (await person.NextAsync()).Text);
        Assert.StartsWith(MembershipTexts.Registered, (await person.SayAsync(MembershipTexts.ConfirmButton)).Text);
        await person.NextAsync();
        await person.NextAsync();

        using var browser = session.BrowserSignedInAs(chromium, "kargozar");
        browser.Open("/Membership?Pending=true");
        browser.Driver.FindElement(By.XPath("//tr[td[normalize-space()='زهرا محمدی']]//a")).Click();
        var image = browser.Wait(StartTimeout).Until(driver =>
        {
            var shown = driver.FindElements(By.CssSelector("img[data-proof-image]")).SingleOrDefault();
            return shown is not null && (bool)((IJavaScriptExecutor)driver).ExecuteScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", shown)!
                ? shown
                : null;
        });
        var script = (IJavaScriptExecutor)browser.Driver;
        Assert.Equal(320L, script.ExecuteScript("return arguments[0].naturalWidth;", image));

        // The bytes the page serves, read by the page's own session: the photo as the person sent it.
        var served = (string)script.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            fetch(arguments[0].src).then(r => r.arrayBuffer())
                .then(b => done(btoa(String.fromCharCode(...new Uint8Array(b)))));
            """, image)!;
        Assert.Equal(photo, Convert.FromBase64String(served));
        browser.Screenshot("10-member-proof");
        browser.Submit("تأیید گروه");

        Assert.Equal(MembershipNotices.Verified(MemberCategoryNames.CommitteeClient, membershipDueRials: 0), (await person.NextAsync()).Text);
        await using var check = session.Database.NewContext();
        // The page's image and the script's read; the page after the decision may show it once more.
        Assert.True(check.AuditEntries.Count(a => a.Action == "member-proof-viewed" && a.UserName == "kargozar") >= 2);
        Assert.Equal(CategoryStatus.Verified, check.CategoryProofs.Single().Decision);

        // They owe nothing: the committee pays the card fee.
        var fee = check.Payments.Single(p => p.For == PaymentFor.Membership);
        Assert.Equal((PaymentStatus.Waived, PaymentMethod.Committee, 0L, 1_000_000L), (fee.Status, fee.Method, fee.DueRials, fee.ListRials));
    }
}
