using System.Globalization;
using System.Net;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Tests.Admin.Workshops;

public sealed class WorkshopPagesTests
{
    [Fact]
    public async Task Create_ThenAnnounce_StoresSessionsInRialsAndCreatesTheBroadcast()
    {
        using var panel = await PanelSession.StartAsync();
        int libraryId;
        await using (var arrange = panel.Database.NewContext())
        {
            libraryId = arrange.Libraries.OrderBy(l => l.Id).Select(l => l.Id).First();
        }

        await panel.AddStaffAsync("operator3", "LibraryOperator", libraryId);
        using var http = await panel.SignInAsync("operator3");

        var created = await PanelSession.PostFormAsync(http, "/Workshops/Edit", "/Workshops/Edit", new()
        {
            ["Input.Title"] = "کارگاه آزمایشی قصه‌گویی",
            ["Input.Kind"] = nameof(WorkshopKind.Children),
            ["Input.LibraryId"] = libraryId.ToString(CultureInfo.InvariantCulture),
            ["Input.Capacity"] = "12",
            ["Input.BasePriceToman"] = "۵۰۰۰۰",
            ["Input.DeadlineDate"] = "۱۴۰۶/۰۲/۰۵",
            ["Input.DeadlineTime"] = "۱۸:۰۰",
            ["Input.Sessions[0].Date"] = "۱۴۰۶/۰۲/۱۰",
            ["Input.Sessions[0].Start"] = "۱۶:۰۰",
            ["Input.Sessions[0].End"] = "۱۸:۰۰",
            ["Input.Sessions[1].Date"] = "۱۴۰۶/۰۲/۱۷",
            ["Input.Sessions[1].Start"] = "۱۶:۰۰",
            ["Input.Sessions[1].End"] = "۱۸:۰۰",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edit = created.Headers.Location!.OriginalString;
        var announced = await PanelSession.PostFormAsync(http, edit, edit + "?handler=Announce", []);

        Assert.Equal(HttpStatusCode.Redirect, announced.StatusCode);
        await using var db = panel.Database.NewContext();
        var workshopId = int.Parse(edit[(edit.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        var workshop = db.Workshops.Single(w => w.Id == workshopId);
        Assert.Equal("کارگاه آزمایشی قصه‌گویی", workshop.Title);
        Assert.Equal(500_000, workshop.BasePrice);
        Assert.Equal(2, db.WorkshopSessions.Count(s => s.WorkshopId == workshop.Id));
        Assert.Single(db.Broadcasts.Where(b => b.WorkshopId == workshop.Id));
        Assert.Equal(2, db.AuditEntries.Count(a => a.UserName == "operator3"));
        Assert.Contains("کارگاه آزمایشی قصه‌گویی", await http.GetStringAsync("/Workshops"));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/Workshops/Registrations/{workshop.Id}")).StatusCode);
    }
}
