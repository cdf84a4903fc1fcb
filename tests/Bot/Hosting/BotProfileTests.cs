using RahZendegi.Bot.MainMenu;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Hosting;

/// <summary>On start each bot sets its description, short description and commands from the repository, in Persian.</summary>
public sealed class BotProfileTests
{
    [Theory]
    [InlineData("Telegram")]
    [InlineData("Bale")]
    public async Task Start_OnEitherPlatform_SetsTheDescriptionShortDescriptionAndCommands(string platform)
    {
        await using var host = await BotTestHost.StartAsync(h => h.Settings["Bots:0:Platform"] = platform);

        Assert.Equal(BotProfileTexts.Description, host.Chat.Description);
        Assert.Equal(BotProfileTexts.ShortDescription, host.Chat.ShortDescription);
        Assert.Equal(["start", "menu", "help", "cancel"], host.Chat.Commands.Select(c => c.Command));
        Assert.Equal(BotProfileTexts.Commands, host.Chat.Commands);
        Assert.All(host.Chat.Commands, c => Assert.Matches("^[\u0600-\u06FF\u200C ]+$", c.Description));
    }

    [Fact]
    public void Texts_FitTheMessengersLimits()
    {
        Assert.InRange(BotProfileTexts.Description.Length, 1, 512);
        Assert.InRange(BotProfileTexts.ShortDescription.Length, 1, 120);
        Assert.All(BotProfileTexts.Commands, c => Assert.InRange(c.Description.Length, 1, 256));
    }
}
