using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.MainMenu;

/// <summary>The main menu, played as a person in the sandbox chat, against the real bot worker.</summary>
public sealed class MainMenuFlowTests : IAsyncLifetime
{
    private BotTestHost host = null!;
    private long user;

    private SandboxBot Chat => host.Chat;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync();
        user = host.Sandbox.Emulator.AddUser("مریم").Id;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private Task<SandboxMessage> ReplyAsync() => Chat.WaitForBotMessageAsync(user);

    [Fact]
    public async Task Start_NewUser_ShowsPersianWelcomeAndMainMenu()
    {
        Chat.SendText(user, "/start");

        var reply = await ReplyAsync();
        Assert.Equal(MainMenuTexts.Welcome, reply.Text);
        Assert.Equal(
            [["عضویت در کتابخانه", "رزرو مشاوره"], ["کارگاه‌ها و رویدادها", "نوبت‌های من"], ["اطلاع‌رسانی‌ها", "راهنما"], ["اطلاعات من"]],
            reply.ReplyKeyboard.Select(row => row.Select(b => b.Text).ToArray()).ToArray());
    }

    [Fact]
    public async Task Start_WithDeepLinkPayload_StillWelcomes()
    {
        Chat.SendText(user, "/start workshop-12");

        Assert.Equal(MainMenuTexts.Welcome, (await ReplyAsync()).Text);
    }

    [Fact]
    public async Task Help_ThenBack_ReturnsToMenu()
    {
        Chat.SendText(user, "/start");
        await ReplyAsync();

        Chat.SendText(user, "راهنما");
        var help = await ReplyAsync();
        Assert.StartsWith(MainMenuTexts.HelpText, help.Text);
        Assert.Equal(["بازگشت"], help.ReplyButtons.Select(b => b.Text));

        Chat.SendText(user, "بازگشت");
        var menu = await ReplyAsync();
        Assert.Equal(MainMenuTexts.MenuPrompt, menu.Text);
        Assert.Equal(7, menu.ReplyButtons.Count());
    }

    [Theory]
    [InlineData("عضویت در کتابخانه", "هنوز هیچ کتابخانه‌ای عضویت را از راه ربات نمی‌پذیرد.")]
    [InlineData("رزرو مشاوره", "فعلاً هیچ کتابخانه‌ای مشاور فعال ندارد.")]
    [InlineData("کارگاه‌ها و رویدادها", "چه نوع برنامه‌ای را می‌خواهید ببینید؟")]
    [InlineData("نوبت‌های من", "نوبتی برای روزهای آینده ندارید.")]
    [InlineData("اطلاع‌رسانی‌ها", "اطلاع‌رسانی‌ها:")]
    [InlineData("راهنما", "راهنمای «راه زندگی»")]
    public async Task MenuButton_Tapped_OpensItsService(string button, string firstWords)
    {
        Chat.SendText(user, button);

        Assert.StartsWith(firstWords, (await ReplyAsync()).Text);
    }

    [Fact]
    public async Task MenuButton_TypedWithArabicLettersAndStraySpaces_IsUnderstood()
    {
        Chat.SendText(user, "  \u0631\u0627\u0647\u0646\u0645\u0627 ");

        Assert.StartsWith(MainMenuTexts.HelpText, (await ReplyAsync()).Text);
    }

    [Fact]
    public async Task Cancel_FromHelp_ReturnsToMenuSayingCancelled()
    {
        Chat.SendText(user, "/help");
        await ReplyAsync();

        Chat.SendText(user, "/cancel");

        var reply = await ReplyAsync();
        Assert.Equal(CommonTexts.Cancelled, reply.Text);
        Assert.Equal(7, reply.ReplyButtons.Count());
    }

    [Fact]
    public async Task UnknownText_GetsHintAndTheMenuAgain()
    {
        Chat.SendText(user, "سلام، وقت بخیر");

        var reply = await ReplyAsync();
        Assert.Equal(MainMenuTexts.NotAMenuItem, reply.Text);
        Assert.Equal(7, reply.ReplyButtons.Count());
    }

    [Fact]
    public async Task UnknownCommand_GetsHint()
    {
        Chat.SendText(user, "/foo");

        Assert.Equal(CommonTexts.UnknownCommand, (await ReplyAsync()).Text);
    }

    [Theory]
    [InlineData("sticker")]
    [InlineData("photo")]
    [InlineData("voice")]
    public async Task NonTextMessage_GetsPoliteHintAndTheMenu(string kind)
    {
        _ = kind switch
        {
            "sticker" => Chat.SendSticker(user),
            "photo" => Chat.SendPhoto(user),
            _ => Chat.SendVoice(user),
        };

        var reply = await ReplyAsync();
        Assert.Equal(CommonTexts.UnsupportedMessage, reply.Text);
        Assert.Equal(7, reply.ReplyButtons.Count());
    }

    [Fact]
    public async Task EditedMessage_GetsHintToSendANewOne()
    {
        var sent = Chat.SendText(user, "سلام");
        await ReplyAsync();

        Chat.EditMessage(user, sent.MessageId!.Value, "سلام دوباره");

        Assert.Equal(CommonTexts.EditedMessage, (await ReplyAsync()).Text);
    }

    [Fact]
    public async Task StaleInlineButton_IsAnsweredAndGetsTheMenu()
    {
        Chat.SendText(user, "/start");
        var menu = await ReplyAsync();

        Chat.PressButton(user, menu.MessageId, "old:button");

        var reply = await ReplyAsync();
        Assert.Equal(CommonTexts.StaleButton, reply.Text);
        Assert.Equal(7, reply.ReplyButtons.Count());
        Assert.Equal(1, Chat.AnsweredCallbackCount);
    }

    [Fact]
    public async Task GroupMessage_PlainText_IsIgnoredButACommandGetsAPrivateChatHint()
    {
        const long group = -100200300;
        Chat.SendInGroup(group, user, "سلام به همه");
        Chat.SendInGroup(group, user, "/start");

        var reply = await Chat.WaitForBotMessageAsync(group);
        Assert.Equal(CommonTexts.GroupChat, reply.Text);
        Assert.Single(Chat.Messages(group), m => m.FromBot);
    }
}
