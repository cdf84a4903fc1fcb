using Microsoft.EntityFrameworkCore;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Bot.Membership;
using RahZendegi.Bot.Privacy;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Privacy;

/// <summary>The privacy notice comes before the first personal question of membership, and is asked once.</summary>
public sealed class PrivacyConsentTests : IAsyncLifetime
{
    private BotTestHost host = null!;
    private ChatScript me = null!;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync(h => h.Settings["Demo:Seed"] = "true");
        me = new(host.Chat, host.Sandbox.Emulator.AddUser().Id);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Join_FirstTime_ShowsTheNoticeBeforeAnyPersonalQuestionAndRecordsTheConsent()
    {
        var notice = await me.SayAsync(MainMenuTexts.Membership);

        Assert.Equal(PrivacyTexts.Notice(30), notice.Text);
        Assert.Contains("کد ملی", notice.Text);
        Assert.Contains("مدیر استانی", notice.Text);
        Assert.Contains("۳۰ روز", notice.Text);
        Assert.Contains("اطلاعات من", notice.Text);
        Assert.Equal([PrivacyTexts.ConsentButton, PrivacyTexts.DeclineButton, CommonTexts.Back, CommonTexts.Cancel],
            notice.ReplyButtons.Select(b => b.Text));

        Assert.Equal(MembershipTexts.AskCategory, (await me.SayAsync(PrivacyTexts.ConsentButton)).Text);
        await using var db = host.Database.NewContext();
        var consent = await db.PrivacyConsents.SingleAsync();
        Assert.Equal((BotTestHost.BotName, me.UserId), (consent.BotName, consent.UserId));
        Assert.True(DateTime.UtcNow - consent.ConsentedAt < TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task Join_NoticeDeclined_EndsAtTheMenuSayingNothingWasKept()
    {
        await me.SayAsync(MainMenuTexts.Membership);

        var reply = await me.SayAsync(PrivacyTexts.DeclineButton);

        Assert.Equal(PrivacyTexts.Declined, reply.Text);
        Assert.Equal(MainMenuFlow.Menu.Rows.SelectMany(r => r).Select(b => b.Text), reply.ReplyButtons.Select(b => b.Text));
        await using var db = host.Database.NewContext();
        Assert.False(await db.PrivacyConsents.AnyAsync());
        Assert.False(await db.Members.AnyAsync());
    }

    [Fact]
    public async Task Join_AfterConsentingOnce_GoesStraightToTheFirstQuestion()
    {
        await me.SayAsync(MainMenuTexts.Membership);
        await me.SayAsync(PrivacyTexts.ConsentButton);
        await me.SayAsync(CommonTexts.Cancel);

        Assert.Equal(MembershipTexts.AskCategory, (await me.SayAsync(MainMenuTexts.Membership)).Text);
    }

    [Fact]
    public async Task Notice_AnswerNotOnTheButtons_GetsTheHintAndTheNoticeAgain()
    {
        await me.SayAsync(MainMenuTexts.Membership);

        var again = await me.SayAsync("زهرا محمدی");

        Assert.Equal(CommonTexts.ChooseFromButtons + "\n\n" + PrivacyTexts.Notice(30), again.Text);
    }
}
