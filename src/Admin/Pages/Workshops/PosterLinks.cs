using QRCoder;
using RahZendegi.Bot.Hosting;
using RahZendegi.Bot.Workshops;

namespace RahZendegi.Admin.Pages.Workshops;

/// <summary>One bot's way to a workshop: its «/start w{id}» link and that link as a QR code, or why there is none.</summary>
public sealed record PosterLink(string BotName, Platform Platform, string? Username, Uri? Link, string? QrDataUri)
{
    // Big enough modules for a phone camera at arm's length from an A4 sheet, and still sharp in print.
    private const int PixelsPerModule = 10;

    public static IReadOnlyList<PosterLink> For(IEnumerable<BotEndpoint> bots, int workshopId) =>
        [.. bots.OrderBy(b => b.Capabilities.Platform).ThenBy(b => b.Name, StringComparer.Ordinal).Select(b => For(b, workshopId))];

    private static PosterLink For(BotEndpoint bot, int workshopId)
    {
        if (bot.Username is not { } username)
        {
            return new(bot.Name, bot.Capabilities.Platform, null, null, null);
        }

        var link = bot.Capabilities.StartLink(username, EnrollWorkshopFlow.DeepLinkPayload(workshopId));
        return new(bot.Name, bot.Capabilities.Platform, username, link, PngDataUri(link));
    }

    public static string PngDataUri(Uri link)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(link.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(PixelsPerModule);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
