using System.Net;
using RahZendegi.Domain.Announcements;

namespace RahZendegi.Tests.Admin.Announcements;

public sealed class ComposePageTests
{
    [Fact]
    public async Task Send_ForOneLibrary_CreatesABroadcastRowAndAnAuditEntry()
    {
        using var panel = await PanelSession.StartAsync();
        await panel.AddStaffAsync("province", "ProvincialAdmin");
        int libraryId;
        await using (var arrange = panel.Database.NewContext())
        {
            libraryId = arrange.Libraries.OrderBy(l => l.Id).Select(l => l.Id).First();
        }

        using var http = await panel.SignInAsync("province");
        var fields = new Dictionary<string, string>
        {
            ["Input.Text"] = "کتابخانه فردا از ساعت ۸ باز است.",
            ["Input.Topic"] = nameof(AnnouncementTopic.LibraryNews),
            ["Input.LibraryId"] = libraryId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Category"] = "",
        };

        var counted = await PanelSession.PostFormAsync(http, "/Announcements/Compose", "/Announcements/Compose?handler=Count", new(fields));
        var sent = await PanelSession.PostFormAsync(http, "/Announcements/Compose", "/Announcements/Compose?handler=Send", new(fields));

        Assert.Contains("شمار گیرندگان", await counted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await using var db = panel.Database.NewContext();
        var broadcast = Assert.Single(db.Broadcasts.Where(b => b.CreatedBy == "province"));
        Assert.Equal(AnnouncementTopic.LibraryNews, broadcast.Topic);
        Assert.Equal(libraryId, broadcast.LibraryId);
        Assert.Single(db.AuditEntries.Where(a => a.Action == "broadcast-created"));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/Announcements")).StatusCode);
    }
}
