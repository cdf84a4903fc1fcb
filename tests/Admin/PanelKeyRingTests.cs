using System.Net;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Data.Postgres;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin;

/// <summary>Where the keys that sign the panel's cookies and form tokens live: a folder on SQLite, the database on PostgreSQL.</summary>
[Collection(RealProcesses.Panel)]
public sealed class PanelKeyRingTests
{
    [Fact]
    public async Task OnSqlite_SignIn_KeysAreKeptInTheFolderBesideTheApp()
    {
        using var panel = await PanelSession.StartAsync(demoData: false);
        await panel.AddStaffAsync("ostan", "ProvincialAdmin");

        using var http = await panel.SignInAsync("ostan");

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(panel.ContentRoot, PanelKeyRing.Folder), "key-*.xml"));
    }

    /// <summary>Two panel processes on one PostgreSQL database, each in a folder of its own, as two machines behind a load balancer.</summary>
    [Fact]
    [Trait("Category", "Slow")]
    public async Task OnPostgres_SignedInOnTheFirstInstance_TheSecondAcceptsTheCookieAndAFormTokenTheFirstIssued()
    {
        using var first = await PanelSession.StartProcessAsync(provider: DatabaseProvider.Postgres);
        using var second = await first.StartAnotherInstanceAsync();
        await first.AddStaffAsync("ostan", "ProvincialAdmin");
        // One browser, one site name: the balancer sends its cookies to whichever instance it picks.
        var browser = new CookieContainer();
        using var toFirst = Client(browser, first.Address);
        using var toSecond = Client(browser, second.Address);
        await PanelSession.SignInAsync(toFirst, "ostan");
        var token = await PanelSession.TokenAsync(toFirst, "/Libraries/Edit");

        var dashboard = await toSecond.GetAsync("/");
        var saved = await toSecond.PostAsync("/Libraries/Edit?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "کتابخانه عمومی امام خمینی", ["Input.Province"] = "ایلام", ["Input.City"] = "دره‌شهر",
            ["Input.Active"] = "true", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("داشبورد", await dashboard.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith("/Libraries", saved.Headers.Location!.OriginalString);
        await using var db = (PostgresDbContext)first.Database.NewContext();
        Assert.Single(await db.Libraries.Where(l => l.Name == "کتابخانه عمومی امام خمینی").ToListAsync());
        Assert.Single(await db.AuditEntries.Where(a => a.Action == "library.add" && a.UserName == "ostan").ToListAsync());
        // The key ring is the database's, not a folder beside either instance.
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
        Assert.All(new[] { first, second }, p => Assert.False(Directory.Exists(Path.Combine(p.ContentRoot, PanelKeyRing.Folder))));
    }

    private static HttpClient Client(CookieContainer cookies, Uri address) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies }) { BaseAddress = address };
}
