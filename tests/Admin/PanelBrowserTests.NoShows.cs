using OpenQA.Selenium;
using RahZendegi.Admin.Pages.Membership;
using RahZendegi.Bot.Counseling;
using RahZendegi.Domain.Counseling;
using RahZendegi.Tests.Admin.Membership;

namespace RahZendegi.Tests.Admin;

public sealed partial class PanelBrowserTests
{
    [Fact]
    public async Task NoShowBlock_LiftedOnTheMembersPage_ThePersonIsToldAndBooksAgainInTheBot()
    {
        using var session = await PanelSession.StartListeningAsync();
        const long person = 1004;
        var (memberId, libraryId) = await NoShowLiftPageTests.AddMemberWithNoShowsAsync(session, bot: "sandbox", n: person);
        await session.AddStaffAsync("kargozar", "LibraryOperator", libraryId);
        var chat = session.Sandbox;
        await chat.SayAsync(person, "رزرو مشاوره");
        await chat.WaitForBotTextAsync(person, "دو نوبت قبلی شما برگزار نشد", StartTimeout);

        using var browser = session.BrowserSignedInAs(chromium, "kargozar");
        browser.Open($"/Membership/Details/{memberId}");
        Assert.Equal("true", browser.Driver.FindElement(By.CssSelector("[data-no-shows]")).GetAttribute("data-blocked"));
        browser.Fill("Lift.Reason", "تلفنی گفت هر دو بار در بیمارستان بود.");
        browser.Screenshot("12-no-show-block");
        browser.Submit(NoShowPanelTexts.LiftButton);

        Assert.Contains(NoShowPanelTexts.Lifted(hasBot: true), browser.Text(By.CssSelector("[role=status]")));
        Assert.Equal("false", browser.Driver.FindElement(By.CssSelector("[data-no-shows]")).GetAttribute("data-blocked"));
        Assert.Equal(NoShowNotices.BlockLifted, await chat.WaitForBotTextAsync(person, "دوباره نوبت", StartTimeout));
        await chat.SayAsync(person, "رزرو مشاوره");
        await chat.WaitForBotTextAsync(person, CounselingTexts.AskTopic, StartTimeout);
    }
}
