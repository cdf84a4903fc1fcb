using System.Net;
using System.Text.RegularExpressions;
using RahZendegi.Domain.Data;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin;

/// <summary>The README's run command, as a newcomer runs it: panel, bot and sandbox in one process with demo data.</summary>
[Trait("Category", "Slow")]
[Collection(RealProcesses.Panel)]
public sealed partial class AdminProcessTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task RunCommand_FreshDatabase_ServesPersianLoginAndLetsTheFirstAdministratorIn()
    {
        using var database = new TestDatabase();
        var panelPort = LoopbackPort.Free();
        using var admin = StartPanel(database, panelPort, "--Demo:Seed=true");
        var firstRun = await admin.WaitForLineAsync(l => l.Contains("one-time password"), StartTimeout);
        var password = PasswordPattern().Match(firstRun).Groups[1].Value;

        // One line says all a newcomer needs: where the panel is, who to sign in as, and where to chat with the bot.
        var sandbox = await admin.WaitForLineAsync(l => l.Contains("sandbox messenger runs at"), StartTimeout);
        Assert.Contains($"http://127.0.0.1:{panelPort}", firstRun);
        Assert.Contains("sign in as \"admin\"", firstRun);
        Assert.Contains(SandboxAddressPattern().Match(sandbox).Groups[1].Value, firstRun);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{panelPort}"),
        };

        var anonymous = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/Account/Login", anonymous.Headers.Location!.PathAndQuery);

        var loginPage = await http.GetStringAsync("/Account/Login");
        Assert.Contains("<html lang=\"fa\" dir=\"rtl\">", loginPage);
        Assert.Contains("ورود به پنل مدیریت", loginPage);

        var token = AntiforgeryPattern().Match(loginPage).Groups[1].Value;
        var signIn = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "admin",
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // The printed password must be replaced before anything else.
        var forced = await http.GetAsync("/");
        Assert.Equal("/Account/ChangePassword", forced.Headers.Location!.OriginalString);
        var changePage = await http.GetStringAsync("/Account/ChangePassword");
        var changed = await http.PostAsync("/Account/ChangePassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Current"] = password,
            ["Input.New"] = "Tazeh-Ramz-1405",
            ["Input.Repeat"] = "Tazeh-Ramz-1405",
            ["__RequestVerificationToken"] = AntiforgeryPattern().Match(changePage).Groups[1].Value,
        }));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var dashboard = await http.GetStringAsync("/");
        Assert.Contains("داشبورد", dashboard);
        Assert.Contains("data-stat=\"libraries\">۶<", dashboard);

        // The first run, migrations, demo data, the key ring's first key and a sign-in, warns of nothing.
        var warnings = admin.Output.Split('\n').Where(l => l.StartsWith("warn:", StringComparison.Ordinal) || l.StartsWith("fail:", StringComparison.Ordinal));
        Assert.Empty(warnings);
        Assert.Single(admin.Output.Split('\n'), l => l.Contains("one-time password", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Oracle")]
    [InlineData("")]
    [InlineData("7")]
    public async Task RunCommand_WithAnUnknownDatabaseProvider_StopsWithOneLineNamingTheKey(string provider)
    {
        using var database = new TestDatabase();
        using var admin = ProductProcess.Start("RahZendegi.Admin", new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = database.ConnectionString,
            ["Database__Provider"] = provider,
            ["Sandbox__Port"] = "0",
            ["Urls"] = $"http://127.0.0.1:{LoopbackPort.Free()}",
        });

        Assert.Equal(2, await admin.WaitForExitAsync(StartTimeout));
        var line = await admin.WaitForLineAsync(l => l.StartsWith("Configuration error:", StringComparison.Ordinal), StartTimeout);
        Assert.Contains("Database:Provider", line);
        Assert.Equal(line, Assert.Single(admin.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task RunCommand_WithAProxyThatIsNoAddress_StopsWithOneLineNamingTheKey()
    {
        using var database = new TestDatabase();
        using var admin = ProductProcess.Start("RahZendegi.Admin", new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = database.ConnectionString,
            ["Panel__KnownProxies__0"] = "proxy.local",
            ["Sandbox__Port"] = "0",
            ["Urls"] = $"http://127.0.0.1:{LoopbackPort.Free()}",
        });

        Assert.Equal(2, await admin.WaitForExitAsync(StartTimeout));
        var line = await admin.WaitForLineAsync(l => l.StartsWith("Configuration error:", StringComparison.Ordinal), StartTimeout);
        Assert.Contains("Panel:KnownProxies", line);
    }

    [Fact]
    public async Task TwoPanels_StartedAtOnceOnAnEmptyPostgresDatabase_MakeOneAdministrator()
    {
        using var database = new TestDatabase(DatabaseProvider.Postgres);
        ProductProcess Panel() => ProductProcess.Start("RahZendegi.Admin", new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = database.ConnectionString,
            ["Database__Provider"] = "Postgres",
            ["Sandbox__Port"] = "0",
            ["Urls"] = $"http://127.0.0.1:{LoopbackPort.Free()}",
        });
        using var first = Panel();
        using var second = Panel();

        await Task.WhenAll(
            first.WaitForLineAsync(l => l.Contains("Now listening on"), StartTimeout),
            second.WaitForLineAsync(l => l.Contains("Now listening on"), StartTimeout));

        await using var db = database.NewContext();
        Assert.Equal(["admin"], db.Users.Select(u => u.UserName).ToList());
        Assert.Equal(1, db.UserRoles.Count());
        Assert.Single(new[] { first, second }, p => p.Output.Contains("one-time password", StringComparison.Ordinal));
    }

    private static ProductProcess StartPanel(TestDatabase database, int port, params string[] arguments) =>
        ProductProcess.Start("RahZendegi.Admin", new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = database.ConnectionString,
            ["Sandbox__Port"] = "0",
            ["Urls"] = $"http://127.0.0.1:{port}",
        }, arguments);

    [GeneratedRegex("runs at (http://[^ ]+?)/? ")]
    private static partial Regex SandboxAddressPattern();

    [GeneratedRegex("password \"([^\"]+)\"")]
    private static partial Regex PasswordPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();
}
