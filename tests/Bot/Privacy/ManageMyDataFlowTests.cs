using Microsoft.EntityFrameworkCore;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Bot.Membership;
using RahZendegi.Bot.Privacy;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Privacy;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Privacy;

/// <summary>«اطلاعات من» through the sandbox chat: what is kept, shown partly hidden, and its deletion, asked first.</summary>
public sealed class ManageMyDataFlowTests : IAsyncLifetime
{
    private BotTestHost host = null!;
    private ChatScript me = null!;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync(h => h.Settings["Demo:Seed"] = "true");
        me = new(host.Chat, host.Sandbox.Emulator.AddUser().Id);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task RegisterAsync()
    {
        await me.SayAsync(MainMenuTexts.Membership);
        await me.SayAsync(PrivacyTexts.ConsentButton);
        await me.SayAsync(MemberCategoryNames.Public);
        await me.SayAsync("زهرا محمدی");
        await me.SayAsync("5260181591");
        await me.SayAsync("09123456789");
        await me.SayAsync("ایلام");
        await me.SayAsync("ایلام");
        await me.SayAsync("کتابخانه عمومی مرکزی ایلام");
        await me.SayAsync(MembershipTexts.ConfirmButton);
        await me.NextAsync();
        await me.NextAsync();
    }

    [Fact]
    public async Task MyData_AsAMember_ShowsTheMembershipWithTheNationalIdPartlyHidden()
    {
        await RegisterAsync();

        var page = await me.SayAsync(MainMenuTexts.MyData);

        Assert.StartsWith(PrivacyTexts.OverviewTitle, page.Text);
        Assert.Contains("• نام: زهرا محمدی", page.Text);
        Assert.Contains("• کد ملی: ۵۲۶*****۹۱", page.Text);
        Assert.DoesNotContain("۵۲۶۰۱۸۱۵۹۱", page.Text);
        Assert.Contains("• تلفن همراه: ۰۹۱۲ ۳۴۵ ۶۷۸۹", page.Text);
        Assert.Contains("• کتابخانه: کتابخانه عمومی مرکزی ایلام", page.Text);
        Assert.Contains("پرداخت‌ها: ۱ مورد", page.Text);
        Assert.Contains("موافقت با شرایط نگهداری اطلاعات:", page.Text);
        Assert.Equal([PrivacyTexts.EraseButton, CommonTexts.Back, CommonTexts.Cancel], page.ReplyButtons.Select(b => b.Text));
    }

    [Fact]
    public async Task Erase_AskedFirstThenConfirmed_ErasesTheMembershipAndAsksConsentAgainNextTime()
    {
        await RegisterAsync();
        await me.SayAsync(MainMenuTexts.MyData);

        var warning = await me.SayAsync(PrivacyTexts.EraseButton);
        Assert.Equal(PrivacyTexts.EraseWarning(member: true), warning.Text);
        Assert.Equal([PrivacyTexts.EraseConfirmButton, PrivacyTexts.EraseKeepButton, CommonTexts.Back, CommonTexts.Cancel],
            warning.ReplyButtons.Select(b => b.Text));
        Assert.StartsWith(PrivacyTexts.OverviewTitle, (await me.SayAsync(PrivacyTexts.EraseKeepButton)).Text);
        await me.SayAsync(PrivacyTexts.EraseButton);

        var done = await me.SayAsync(PrivacyTexts.EraseConfirmButton);

        Assert.Equal(PrivacyTexts.Erased, done.Text);
        Assert.Equal(MainMenuFlow.Menu.Rows.SelectMany(r => r).Select(b => b.Text), done.ReplyButtons.Select(b => b.Text));
        await using (var db = host.Database.NewContext())
        {
            var member = await db.Members.SingleAsync();
            Assert.Equal((ErasedMember.FullName, null, null), (member.FullName, member.BotName, member.UserId));
            Assert.False(await db.PrivacyConsents.AnyAsync());
            Assert.Null((await db.Conversations.SingleAsync(c => c.UserId == me.UserId)).Draft);
        }

        Assert.Equal(PrivacyTexts.NothingKept, (await me.SayAsync(MainMenuTexts.MyData)).Text);
        Assert.Equal(PrivacyTexts.Notice(30), (await me.SayAsync(MainMenuTexts.Membership)).Text);
    }

    [Fact]
    public async Task MyData_ForSomeoneWithNothingKept_SaysSoAtTheMenu()
    {
        var reply = await me.SayAsync(MainMenuTexts.MyData);

        Assert.Equal(PrivacyTexts.NothingKept, reply.Text);
        Assert.Equal(MainMenuFlow.Menu.Rows.SelectMany(r => r).Select(b => b.Text), reply.ReplyButtons.Select(b => b.Text));
    }
}
