using RahZendegi.Bot.Counseling;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Counseling;

/// <summary>Where to turn in an emergency: before the first booking question and on the help page, from the configuration.</summary>
public sealed class EmergencyLinesTests
{
    private static readonly string Defaults = CounselingTexts.EmergencyLines("123", "1480");

    [Fact]
    public async Task Counseling_OnEntering_NamesTheLinesBeforeTheTopicQuestion()
    {
        await using var host = await BotTestHost.StartAsync(h => h.Settings["Demo:Seed"] = "true");
        var me = new ChatScript(host.Chat, host.Sandbox.Emulator.AddUser().Id);

        var first = await me.SayAsync(MainMenuTexts.Counseling);

        Assert.Equal(CounselingTexts.AskTopicAfter(Defaults), first.Text);
        Assert.Contains("اورژانس اجتماعی با شمارهٔ ۱۲۳", first.Text);
        Assert.Contains("صدای مشاور بهزیستی با شمارهٔ ۱۴۸۰", first.Text);
    }

    [Fact]
    public async Task Counseling_WithNoCounsellorAnywhere_StillNamesTheLines()
    {
        await using var host = await BotTestHost.StartAsync(h => h.Settings["Demo:Seed"] = "false");
        var me = new ChatScript(host.Chat, host.Sandbox.Emulator.AddUser().Id);

        Assert.Equal($"{CounselingTexts.NoCounselingYet}\n\n{Defaults}", (await me.SayAsync(MainMenuTexts.Counseling)).Text);
    }

    [Fact]
    public async Task Help_NamesTheLines()
    {
        await using var host = await BotTestHost.StartAsync(h => h.Settings["Demo:Seed"] = "false");
        var me = new ChatScript(host.Chat, host.Sandbox.Emulator.AddUser().Id);

        Assert.Equal(MainMenuTexts.HelpPage(Defaults), (await me.SayAsync(MainMenuTexts.Help)).Text);
    }

    [Fact]
    public async Task ConfiguredOtherNumbers_AreTheOnesShown()
    {
        await using var host = await BotTestHost.StartAsync(h =>
        {
            h.Settings["Demo:Seed"] = "true";
            h.Settings["EmergencyLines:SocialEmergency"] = "1570";
            h.Settings["EmergencyLines:WelfareCounseling"] = "4030";
        });
        var me = new ChatScript(host.Chat, host.Sandbox.Emulator.AddUser().Id);

        var topic = await me.SayAsync(MainMenuTexts.Counseling);
        await me.SayAsync("/cancel");
        var help = await me.SayAsync(MainMenuTexts.Help);

        foreach (var text in new[] { topic.Text!, help.Text! })
        {
            Assert.Contains("با شمارهٔ ۱۵۷۰", text);
            Assert.Contains("با شمارهٔ ۴۰۳۰", text);
            Assert.DoesNotContain("۱۲۳", text);
            Assert.DoesNotContain("۱۴۸۰", text);
        }
    }
}
