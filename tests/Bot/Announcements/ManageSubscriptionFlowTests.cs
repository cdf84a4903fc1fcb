using Microsoft.EntityFrameworkCore;
using RahZendegi.Bot.Announcements;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Domain.Announcements;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Announcements;

/// <summary>«اطلاع‌رسانی‌ها» through the sandbox chat: topics switched with one tap, the library chosen, everything off.</summary>
public sealed class ManageSubscriptionFlowTests : IAsyncLifetime
{
    private const string Library = "کتابخانه عمومی مرکزی ایلام";

    private BotTestHost host = null!;
    private ChatScript me = null!;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync(h => h.Settings["Demo:Seed"] = "true");
        me = new ChatScript(host.Chat, host.Sandbox.Emulator.AddUser().Id);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<Subscription> SubscriptionAsync()
    {
        await using var db = host.Database.NewContext();
        return await db.Subscriptions.Include(s => s.Library).SingleAsync(s => s.UserId == me.UserId);
    }

    [Fact]
    public async Task Settings_ForANewcomer_ShowEveryTopicOffAndNoLibrary()
    {
        var settings = await me.SayAsync("اطلاع‌رسانی‌ها");

        Assert.Equal(AnnouncementTexts.Settings(AnnouncementTexts.NoLibrary, off: false), settings.Text);
        Assert.Equal(
            [.. AnnouncementTopics.Each.Select(t => AnnouncementTexts.Toggle(AnnouncementTopicNames.Of(t), on: false)),
                AnnouncementTexts.ChangeLibraryButton, AnnouncementTexts.SwitchOffButton, CommonTexts.Back, CommonTexts.Cancel],
            settings.ReplyButtons.Select(b => b.Text));
    }

    [Fact]
    public async Task Topic_TappedTwice_IsSwitchedOnThenOffAgain()
    {
        await me.SayAsync("اطلاع‌رسانی‌ها");

        var on = await me.SayAsync(AnnouncementTexts.Toggle("کودکان", on: false));
        Assert.StartsWith(AnnouncementTexts.Saved + "\n\n", on.Text);
        Assert.Contains(AnnouncementTexts.Toggle("کودکان", on: true), on.ReplyButtons.Select(b => b.Text));
        Assert.Equal(AnnouncementTopic.Children, (await SubscriptionAsync()).Topics);

        var off = await me.SayAsync(AnnouncementTexts.Toggle("کودکان", on: true));
        Assert.Contains(AnnouncementTexts.Toggle("کودکان", on: false), off.ReplyButtons.Select(b => b.Text));
        Assert.Equal(AnnouncementTopic.None, (await SubscriptionAsync()).Topics);
    }

    [Fact]
    public async Task Library_ChosenAfterBackOnce_IsSavedAndShownInTheSettings()
    {
        await me.SayAsync("اطلاع‌رسانی‌ها");
        Assert.Equal(AnnouncementTexts.AskLibrary, (await me.SayAsync(AnnouncementTexts.ChangeLibraryButton)).Text);
        Assert.StartsWith("اطلاع‌رسانی‌ها:", (await me.SayAsync(CommonTexts.Back)).Text);
        await me.SayAsync(AnnouncementTexts.ChangeLibraryButton);

        Assert.Equal(AnnouncementTexts.Saved, (await me.SayAsync(Library)).Text);

        Assert.Equal(AnnouncementTexts.Settings(Library, off: false), (await me.NextAsync()).Text);
        Assert.Equal(Library, (await SubscriptionAsync()).Library?.Name);
    }

    [Fact]
    public async Task SwitchOff_ThenAnythingElse_KeepsTheSettingsAndBackLeavesForTheMenu()
    {
        await me.SayAsync("اطلاع‌رسانی‌ها");

        var off = await me.SayAsync(AnnouncementTexts.SwitchOffButton);
        Assert.Equal($"{AnnouncementTexts.Saved}\n\n{AnnouncementTexts.Settings(AnnouncementTexts.NoLibrary, off: true)}", off.Text);
        Assert.Contains(AnnouncementTexts.SwitchOnButton, off.ReplyButtons.Select(b => b.Text));
        Assert.True((await SubscriptionAsync()).Off);

        Assert.StartsWith(CommonTexts.ChooseFromButtons + "\n\n", (await me.SayAsync("همه را بفرست")).Text);
        Assert.StartsWith(CommonTexts.UnsupportedMessage + "\n\n", (await me.SendStickerAsync()).Text);
        Assert.Equal(MainMenuTexts.MenuPrompt, (await me.SayAsync(CommonTexts.Back)).Text);
    }
}
