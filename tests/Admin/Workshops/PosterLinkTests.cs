using RahZendegi.Admin.Pages.Workshops;
using RahZendegi.Bot.Hosting;

namespace RahZendegi.Tests.Admin.Workshops;

public sealed class PosterLinkTests
{
    [Theory]
    [InlineData(Platform.Telegram, "https://t.me/rah_zendegi_bot?start=w42")]
    [InlineData(Platform.Bale, "https://ble.ir/rah_zendegi_bot?start=w42")]
    public void StartLink_WorkshopPayload_OpensTheBotWithIt(Platform platform, string expected)
    {
        var link = PlatformCapabilities.For(platform).StartLink("rah_zendegi_bot", "w42");

        Assert.Equal(expected, link.AbsoluteUri);
    }

    [Fact]
    public void PngDataUri_BaleLink_DecodesBackToTheLink()
    {
        var link = new Uri("https://ble.ir/rah_zendegi_bot?start=w1234");

        var decoded = QrImage.Decode(PosterLink.PngDataUri(link));

        Assert.Equal(link.AbsoluteUri, decoded);
    }

    [Fact]
    public void For_BotWhoseUsernameIsUnknown_HasNoLinkAndNoCode()
    {
        using var bot = new BotEndpoint(new BotOptions { Name = "bale", Platform = "Bale", Token = "1:unused" }, TimeSpan.FromSeconds(1));

        var link = Assert.Single(PosterLink.For([bot], 7));

        Assert.Equal(("bale", Platform.Bale, (Uri?)null, (string?)null), (link.BotName, link.Platform, link.Link, link.QrDataUri));
    }
}
