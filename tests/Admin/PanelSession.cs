using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Staff;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin;

/// <summary>
/// The panel, with its bot worker and sandbox messenger, on a test database with demo libraries, and staff accounts
/// made directly in it. It runs inside the test process (<see cref="InProcessPanel"/>); only where several instances
/// are the point does it run as real processes (<see cref="StartProcessAsync"/>).
/// </summary>
public sealed partial class PanelSession : IDisposable
{
    public const string Password = "Test-Ramz-1405";

    // The hash carries its own salt and rounds: one, made once per run, serves every account's password. A panel run as
    // a process hashes it again with its own rounds at the first sign-in, as it would an old account's.
    private static readonly Lazy<string> PasswordHash = new(() =>
        new PasswordHasher<StaffUser>(Options.Create(InProcessPanel.FastHashing)).HashPassword(null!, Password));
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly InProcessPanel? app;
    private readonly ProductProcess? process;
    private readonly bool ownsDatabase;

    private PanelSession(TestDatabase database, InProcessPanel? app, ProductProcess? process, Uri address, Uri sandbox, string contentRoot, bool ownsDatabase,
        SandboxServer? messenger = null)
    {
        Messenger = messenger;
        Database = database;
        ContentRoot = contentRoot;
        this.ownsDatabase = ownsDatabase;
        this.app = app;
        this.process = process;
        Address = address;
        Sandbox = new SandboxWebChat(sandbox);
    }

    public TestDatabase Database { get; }

    /// <summary>The folder the panel runs in, its own as on a machine of its own (the SQLite key ring's <c>keys</c> lands here).</summary>
    public string ContentRoot { get; }

    /// <summary>Where the panel answers: a loopback port, or the in-memory test server's <c>http://localhost/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The sandbox messenger the panel started, reached as its web chat page does.</summary>
    public SandboxWebChat Sandbox { get; }

    /// <summary>
    /// The sandbox messenger the test started and holds, when the session was started with <see cref="StartWithMessengerAsync"/>:
    /// its bot <see cref="MessengerBotName"/> is the panel's, and the test reaches its users, files and faults directly.
    /// </summary>
    public SandboxServer? Messenger { get; }

    public const string MessengerBotName = "telegram";

    /// <summary>What the panel has logged so far, line by line, as its console shows it.</summary>
    public IReadOnlyList<string> Log => app?.Log ?? process!.Output.Split('\n');

    /// <summary>
    /// Starts the panel in the test process on a fresh database of <paramref name="provider"/>; <paramref name="demoData"/>
    /// false leaves the libraries and counsellors to the test; <paramref name="settings"/> are added to the configuration.
    /// </summary>
    public static Task<PanelSession> StartAsync(bool demoData = true, DatabaseProvider provider = DatabaseProvider.Sqlite,
        IReadOnlyDictionary<string, string?>? settings = null) =>
        StartOnNewDatabaseAsync(provider, database => StartInProcessAsync(database, demoData, listen: false, extra: settings));

    /// <summary>The same panel listening on a free loopback port, for a browser (<see cref="BrowserSignedInAs"/>).</summary>
    public static Task<PanelSession> StartListeningAsync(bool demoData = true) =>
        StartOnNewDatabaseAsync(DatabaseProvider.Sqlite, database => StartInProcessAsync(database, demoData, listen: true));

    /// <summary>
    /// The panel in the test process with its bot on a sandbox messenger the test holds (<see cref="Messenger"/>), as a bot
    /// with a token would run; <paramref name="listen"/> on a loopback port, for a browser.
    /// </summary>
    public static async Task<PanelSession> StartWithMessengerAsync(bool listen = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var messenger = new SandboxServer(new SandboxServerOptions { Port = 0 });
        await messenger.StartAsync();
        try
        {
            return await StartOnNewDatabaseAsync(DatabaseProvider.Sqlite, database => StartInProcessAsync(database, demoData: true, listen, messenger, settings));
        }
        catch
        {
            await messenger.DisposeAsync();
            throw;
        }
    }

    /// <summary>The panel as a real process of its own, as on a machine of its own; <see cref="StartAnotherInstanceAsync"/> adds more.</summary>
    public static Task<PanelSession> StartProcessAsync(bool demoData = true, DatabaseProvider provider = DatabaseProvider.Sqlite) =>
        StartOnNewDatabaseAsync(provider, database => StartProcessOnAsync(database, demoData, ownsDatabase: true));

    /// <summary>
    /// Another panel process on the same database, as a second instance behind a load balancer; disposing it leaves the
    /// database to the session that made it.
    /// </summary>
    public Task<PanelSession> StartAnotherInstanceAsync() => StartProcessOnAsync(Database, demoData: false, ownsDatabase: false);

    private static async Task<PanelSession> StartOnNewDatabaseAsync(DatabaseProvider provider, Func<TestDatabase, Task<PanelSession>> start)
    {
        var database = TestDatabase.Migrated(provider);
        try
        {
            return await start(database);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    private static async Task<PanelSession> StartInProcessAsync(TestDatabase database, bool demoData, bool listen, SandboxServer? messenger = null,
        IReadOnlyDictionary<string, string?>? extra = null)
    {
        var contentRoot = Directory.CreateTempSubdirectory("rz-panel-").FullName;
        var settings = new Dictionary<string, string?>(database.Settings().Concat(BotTestHost.FastUsers)) { ["Sandbox:Port"] = "0" };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        settings["Demo:Seed"] = demoData ? "true" : "false";
        if (messenger is not null)
        {
            settings["Bots:0:Name"] = MessengerBotName;
            settings["Bots:0:Token"] = messenger.Emulator.DefaultToken;
            settings["Bots:0:ApiBaseUrl"] = messenger.BaseAddress.ToString();
            settings["Bots:1:Token"] = "";
        }

        var app = new InProcessPanel(settings, contentRoot, listen);
        try
        {
            // The start runs the panel's Program up to its RunAsync: migrations, demo data, the first administrator.
            await Task.Run(app.StartServer);
            var address = listen ? app.ClientOptions.BaseAddress : app.Server.BaseAddress;
            var sandbox = messenger?.BaseAddress.ToString()
                ?? SandboxAddress().Match(app.Log.First(l => l.Contains("sandbox messenger runs at", StringComparison.Ordinal))).Groups[1].Value;
            return new PanelSession(database, app, null, address, new Uri(sandbox), contentRoot, ownsDatabase: true, messenger);
        }
        catch
        {
            await app.DisposeAsync();
            Directory.Delete(contentRoot, recursive: true);
            throw;
        }
    }

    private static async Task<PanelSession> StartProcessOnAsync(TestDatabase database, bool demoData, bool ownsDatabase)
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
            return new PanelSession(database, null, process, new Uri($"http://127.0.0.1:{port}"), new Uri(sandbox), contentRoot, ownsDatabase);
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
        user.PasswordHash = PasswordHash.Value;
        db.Users.Add(user);
        var roleId = db.Roles.Single(r => r.Name == role).Id;
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        db.StaffLibraries.AddRange(libraryIds.Select(id => new StaffLibrary { StaffUserId = user.Id, LibraryId = id }));
        await db.SaveChangesAsync();
    }

    /// <summary>A client that keeps its cookies and does not follow redirects, so a test sees where it is sent.</summary>
    public HttpClient NewClient() => app is null
        ? new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = Address }
        : app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = Address });

    /// <summary>
    /// A client whose requests reach the in-process panel from <paramref name="remote"/>, as from a proxy or a person at
    /// that address; it keeps no cookies and follows no redirects, so a test reads every <c>Set-Cookie</c> itself.
    /// </summary>
    public HttpClient NewClientFrom(IPAddress remote) =>
        new(app!.Server.CreateHandler(context => context.Connection.RemoteIpAddress = remote)) { BaseAddress = Address };

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
    public PanelBrowser BrowserSignedInAs(Chromium chromium, string userName)
    {
        if (app is not null && Address.IsDefaultPort)
        {
            throw new InvalidOperationException("A browser needs a port: start the session with StartListeningAsync.");
        }

        var browser = chromium.Open(Address);
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
        app?.Dispose();
        Messenger?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        process?.Dispose();
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
