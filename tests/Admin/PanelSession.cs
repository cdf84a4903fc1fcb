using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Staff;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin;

/// <summary>The panel as a real process on a test database with demo libraries, and staff accounts made directly in it.</summary>
public sealed partial class PanelSession : IDisposable
{
    public const string Password = "Test-Ramz-1405";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly ProductProcess process;
    private readonly int port;
    private readonly bool ownsDatabase;

    private PanelSession(TestDatabase database, ProductProcess process, int port, Uri sandbox, string contentRoot, bool ownsDatabase)
    {
        Database = database;
        ContentRoot = contentRoot;
        this.ownsDatabase = ownsDatabase;
        this.process = process;
        this.port = port;
        Sandbox = new SandboxWebChat(sandbox);
    }

    public TestDatabase Database { get; }

    /// <summary>The folder the process runs in, its own as on a machine of its own (the SQLite key ring's <c>keys</c> lands here).</summary>
    public string ContentRoot { get; }

    public Uri Address => new($"http://127.0.0.1:{port}");

    /// <summary>The sandbox messenger the panel's process started, reached as its web chat page does.</summary>
    public SandboxWebChat Sandbox { get; }

    /// <summary>
    /// Starts the panel's process on a fresh database of <paramref name="provider"/>; <paramref name="demoData"/> false
    /// leaves the libraries and counsellors to the test.
    /// </summary>
    public static async Task<PanelSession> StartAsync(bool demoData = true, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var database = new TestDatabase(provider);
        try
        {
            return await StartOnAsync(database, demoData);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Another panel process on the same database, as a second instance behind a load balancer; disposing it leaves the
    /// database to the session that made it.
    /// </summary>
    public Task<PanelSession> StartAnotherInstanceAsync() => StartOnAsync(Database, demoData: false, ownsDatabase: false);

    private static async Task<PanelSession> StartOnAsync(TestDatabase database, bool demoData, bool ownsDatabase = true)
    {
        var port = LoopbackPort.Free();
        var contentRoot = Directory.CreateTempSubdirectory("rz-panel-").FullName;
        var environment = database.Settings("__").ToDictionary(p => p.Key, p => p.Value!);
        environment["ASPNETCORE_CONTENTROOT"] = contentRoot;
        environment["Sandbox__Port"] = "0";
        environment["Urls"] = $"http://127.0.0.1:{port}";
        var process = ProductProcess.Start("RahZendegi.Admin", environment, demoData ? ["--Demo:Seed=true"] : []);
        try
        {
            var sandbox = SandboxAddress().Match(await process.WaitForLineAsync(l => l.Contains("sandbox messenger runs at"), StartTimeout)).Groups[1].Value;
            await process.WaitForLineAsync(l => l.Contains("Now listening on"), StartTimeout);
            return new PanelSession(database, process, port, new Uri(sandbox), contentRoot, ownsDatabase);
        }
        catch
        {
            process.Dispose();
            Directory.Delete(contentRoot, recursive: true);
            throw;
        }
    }

    /// <summary>A staff account with one role and, for an operator, its libraries; the password is already their own.</summary>
    public async Task AddStaffAsync(string userName, string role, params int[] libraryIds)
    {
        await using var db = Database.NewContext();
        var user = new StaffUser
        {
            UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = userName,
            SecurityStamp = Guid.NewGuid().ToString(), MustChangePassword = false, LockoutEnabled = true,
        };
        user.PasswordHash = new PasswordHasher<StaffUser>().HashPassword(user, Password);
        db.Users.Add(user);
        var roleId = db.Roles.Single(r => r.Name == role).Id;
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        db.StaffLibraries.AddRange(libraryIds.Select(id => new StaffLibrary { StaffUserId = user.Id, LibraryId = id }));
        await db.SaveChangesAsync();
    }

    /// <summary>A client that keeps its cookies and does not follow redirects, so a test sees where it is sent.</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = Address };

    public async Task<HttpClient> SignInAsync(string userName)
    {
        var http = NewClient();
        await SignInAsync(http, userName);
        return http;
    }

    public static async Task SignInAsync(HttpClient http, string userName)
    {
        var signIn = await PostFormAsync(http, "/Account/Login", "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
    }

    /// <summary>Headless Chromium on the panel, signed in as a staff account made by <see cref="AddStaffAsync"/>.</summary>
    public PanelBrowser BrowserSignedInAs(string userName)
    {
        var browser = new PanelBrowser(Address);
        browser.SignIn(userName, Password);
        return browser;
    }

    /// <summary>Opens <paramref name="page"/> for its antiforgery token, then posts the form to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient http, string page, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(http, page);
        return await http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>The antiforgery token of a page's forms, for this client's session.</summary>
    public static async Task<string> TokenAsync(HttpClient http, string page)
    {
        var match = AntiforgeryPattern().Match(await http.GetStringAsync(page));
        Assert.True(match.Success, $"{page} has no form token");
        return match.Groups[1].Value;
    }

    public void Dispose()
    {
        Sandbox.Dispose();
        process.Dispose();
        Directory.Delete(ContentRoot, recursive: true);
        if (ownsDatabase)
        {
            Database.Dispose();
        }
    }

    [GeneratedRegex("runs at (http://[^ ]+)")]
    private static partial Regex SandboxAddress();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();
}
