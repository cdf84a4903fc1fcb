using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using OpenQA.Selenium;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin;

/// <summary>The panel in a real headless Chromium, as a member of staff uses it.</summary>
public sealed partial class PanelBrowserTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task FirstAdministrator_SignsInChangesThePasswordAndSeesTheDashboardInPersian()
    {
        using var database = new TestDatabase();
        var port = FreePort();
        using var panel = ProductProcess.Start("RahZendegi.Admin", new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = database.ConnectionString,
            ["Sandbox__Port"] = "0",
            ["Urls"] = $"http://127.0.0.1:{port}",
        }, "--Demo:Seed=true");
        var password = PasswordPattern().Match(await panel.WaitForLineAsync(l => l.Contains("was created with the password"), StartTimeout)).Groups[1].Value;
        await panel.WaitForLineAsync(l => l.Contains("Now listening on"), StartTimeout);
        using var browser = new PanelBrowser(new Uri($"http://127.0.0.1:{port}"));

        browser.Open("/");
        Assert.StartsWith("/Account/Login", browser.PathAndQuery);
        Assert.Equal("rtl", browser.Driver.FindElement(By.TagName("html")).GetAttribute("dir"));
        browser.Screenshot("01-login");
        browser.Fill("Input.UserName", "admin");
        browser.Fill("Input.Password", password);
        browser.Submit("ورود");

        Assert.Equal("/Account/ChangePassword", browser.PathAndQuery);
        browser.Fill("Input.Current", password);
        browser.Fill("Input.New", "Tazeh-Ramz-1405");
        browser.Fill("Input.Repeat", "Tazeh-Ramz-1405");
        browser.Submit("ذخیره");

        Assert.Equal("/", browser.PathAndQuery);
        Assert.Equal("۶", browser.Text(By.CssSelector("[data-stat=libraries]")));
        Assert.Contains("نوبت‌ها", browser.Text(By.CssSelector("nav")));
        browser.Screenshot("02-dashboard");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("password \"([^\"]+)\"")]
    private static partial Regex PasswordPattern();
}
