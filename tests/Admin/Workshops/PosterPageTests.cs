using System.Net;
using System.Text.RegularExpressions;
using RahZendegi.Admin.Pages.Workshops;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Tests.Admin.Workshops;

public sealed partial class PosterPageTests
{
    [Fact]
    public async Task Poster_SandboxBot_ShowsPricesTheDeepLinkAndAQrCodeThatReadsAsIt()
    {
        using var panel = await PanelSession.StartAsync();
        int workshopId, libraryId;
        long basePrice;
        await using (var arrange = panel.Database.NewContext())
        {
            var first = arrange.Workshops.Where(w => w.BasePrice > 0).OrderBy(w => w.Id).Select(w => new { w.Id, w.LibraryId, w.BasePrice }).First();
            (workshopId, libraryId, basePrice) = (first.Id, first.LibraryId, first.BasePrice);
        }

        await panel.AddStaffAsync("poster-operator", "LibraryOperator", libraryId);
        using var http = await panel.SignInAsync("poster-operator");
        // The sandbox serves a Telegram bot and a Bale one; the poster links the first, the Telegram bot.
        var username = (await panel.Sandbox.BotUsernamesAsync())[0];
        var expected = $"https://t.me/{username}?start=w{workshopId}";

        var html = WebUtility.HtmlDecode(await http.GetStringAsync($"/Workshops/Poster/{workshopId}"));

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains($"<td>{MemberCategoryNames.Of(MemberCategory.Public)}</td><td>{Money.FormatToman(basePrice)}</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<td>{MemberCategoryNames.Of(MemberCategory.CommitteeClient)}</td><td>{PosterTexts.Free}</td>", html, StringComparison.Ordinal);
        var code = QrCode().Match(html);
        Assert.True(code.Success, "the poster has no QR image");
        Assert.Equal(expected, code.Groups["link"].Value);
        Assert.Equal(expected, QrImage.Decode(code.Groups["src"].Value));
        Assert.Contains($"/Workshops/Poster/{workshopId}", await http.GetStringAsync("/Workshops"), StringComparison.Ordinal);
    }

    [GeneratedRegex("""<img src="(?<src>data:image/png;base64,[^"]+)"[^>]*data-qr="(?<link>[^"]+)" """)]
    private static partial Regex QrCode();
}
