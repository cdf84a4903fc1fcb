using System.Net;
using System.Text.RegularExpressions;

namespace RahZendegi.Tests.Admin.Workshops;

public sealed partial class PosterPageTests
{
    [Fact]
    public async Task Poster_SandboxBot_ShowsTheDeepLinkAndAQrCodeThatReadsAsIt()
    {
        using var panel = await PanelSession.StartAsync();
        int workshopId, libraryId;
        await using (var arrange = panel.Database.NewContext())
        {
            var first = arrange.Workshops.OrderBy(w => w.Id).Select(w => new { w.Id, w.LibraryId }).First();
            (workshopId, libraryId) = (first.Id, first.LibraryId);
        }

        await panel.AddStaffAsync("poster-operator", "LibraryOperator", libraryId);
        using var http = await panel.SignInAsync("poster-operator");
        var username = Assert.Single(await panel.Sandbox.BotUsernamesAsync());
        var expected = $"https://t.me/{username}?start=w{workshopId}";

        var html = WebUtility.HtmlDecode(await http.GetStringAsync($"/Workshops/Poster/{workshopId}"));

        Assert.Contains(expected, html, StringComparison.Ordinal);
        var code = QrCode().Match(html);
        Assert.True(code.Success, "the poster has no QR image");
        Assert.Equal(expected, code.Groups["link"].Value);
        Assert.Equal(expected, QrImage.Decode(code.Groups["src"].Value));
        Assert.Contains($"/Workshops/Poster/{workshopId}", await http.GetStringAsync("/Workshops"), StringComparison.Ordinal);
    }

    [GeneratedRegex("""<img src="(?<src>data:image/png;base64,[^"]+)"[^>]*data-qr="(?<link>[^"]+)" """)]
    private static partial Regex QrCode();
}
