using RahZendegi.Bot.MainMenu;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Data;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Hosting;

/// <summary>src/Bot run alone, configured only through environment variables, as an operator would.</summary>
[Trait("Category", "Slow")]
[Collection(RealProcesses.Bot)]
public sealed class BotProcessTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task BotAlone_PointedAtABotApiServerOnLoopback_AnswersStartWithTheMainMenu_AndIsReadyOnItsMonitoringListener(DatabaseProvider provider)
    {
        await using var server = new SandboxServer(new SandboxServerOptions { Port = 0 });
        await server.StartAsync();
        using var database = TestDatabase.Migrated(provider);
        var environment = database.Settings("__").ToDictionary(p => p.Key, p => p.Value!);
        environment["Bots__0__Platform"] = "Telegram";
        environment["Bots__0__Token"] = server.Emulator.DefaultToken;
        environment["Bots__0__ApiBaseUrl"] = server.BaseAddress.ToString();
        var monitoring = LoopbackPort.Free();
        environment["Monitoring__Listen"] = $"http://127.0.0.1:{monitoring}";
        using var bot = ProductProcess.Start("RahZendegi.Bot", environment);
        var user = server.Emulator.AddUser().Id;

        server.Bot.SendText(user, "/start");

        var reply = await server.Bot.WaitForBotMessageAsync(user, timeout: StartTimeout);
        Assert.Equal(MainMenuTexts.Welcome, reply.Text);
        Assert.Equal(7, reply.ReplyButtons.Count());
        Assert.DoesNotContain(server.Emulator.DefaultToken, bot.Output);

        // It has answered, so its bot has had a successful call: once the listener is up, ready names the bots' check.
        await bot.WaitForLineAsync(l => l.Contains("Application started"), StartTimeout);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{monitoring}") };
        var ready = await http.GetAsync("/health/ready");
        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"bots\"", await ready.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task BotAlone_WithJsonLogs_WritesNoTokenPhoneNationalIdOrMessageTextDuringARegistration()
    {
        await using var server = new SandboxServer(new SandboxServerOptions { Port = 0 });
        await server.StartAsync();
        using var database = TestDatabase.Migrated();
        var environment = database.Settings("__").ToDictionary(p => p.Key, p => p.Value!);
        environment["Bots__0__Token"] = server.Emulator.DefaultToken;
        environment["Bots__0__ApiBaseUrl"] = server.BaseAddress.ToString();
        environment["Logging__Console__FormatterName"] = "json";
        environment["Logging__Console__FormatterOptions__IncludeScopes"] = "true";
        environment["Logging__LogLevel__Default"] = "Debug";
        using var bot = ProductProcess.Start("RahZendegi.Bot", environment, "--Demo:Seed=true");
        var person = new ChatScript(server.Bot, server.Emulator.AddUser().Id, StartTimeout);

        await person.SayAsync("عضویت در کتابخانه");
        await person.SayAsync(RahZendegi.Bot.Privacy.PrivacyTexts.ConsentButton);
        await person.SayAsync(RahZendegi.Domain.Membership.MemberCategoryNames.CommitteeClient);
        await person.SayAsync("زهرا محمدی");
        await person.SayAsync("0499370899");
        await person.SayAsync("09123456789");
        Assert.Equal(0, await bot.StopAsync(StartTimeout));

        var lines = bot.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => System.Text.Json.JsonDocument.Parse(l).Dispose());
        foreach (var secret in new[] { server.Emulator.DefaultToken, "0499370899", "09123456789", "9123456789", "زهرا محمدی", "عضویت در کتابخانه" })
        {
            Assert.DoesNotContain(secret, bot.Output);
        }
    }

    [Theory]
    [InlineData("Bots__0__Platform", "WhatsApp", "Bots:0:Platform")]
    [InlineData("Bots__0__ApiBaseUrl", "not an address", "Bots:0:ApiBaseUrl")]
    [InlineData("ConnectionStrings__Default", "", "ConnectionStrings:Default")]
    [InlineData("Bots__0__Receive__Mode", "Push", "Bots:0:Receive:Mode")]
    [InlineData("Webhook__Listen", "port 8443", "Webhook:Listen")]
    [InlineData("Database__Provider", "MySql", "Database:Provider")]
    public async Task BotAlone_WithAWrongSetting_StopsWithOneLineNamingTheKey(string variable, string value, string key)
    {
        using var database = new TestDatabase();
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = database.ConnectionString,
            ["Bots__0__Token"] = "123:test",
            ["Bots__0__ApiBaseUrl"] = "http://127.0.0.1:9",
        };
        environment[variable] = value;
        using var bot = ProductProcess.Start("RahZendegi.Bot", environment);

        Assert.Equal(2, await bot.WaitForExitAsync(StartTimeout));
        var line = await bot.WaitForLineAsync(l => l.StartsWith("Configuration error:", StringComparison.Ordinal), StartTimeout);
        Assert.Contains(key, line);
        Assert.DoesNotContain("   at ", bot.Output);
    }

    [Theory]
    [InlineData("", "webhook-secret_0123456789-abcdefghijklmnop", "Bots:0:Receive:PublicUrl")]
    [InlineData("https://bot.example.org", "too-short-secret", "Bots:0:Receive:Secret")]
    [InlineData("https://bot.example.org", "", "Bots:0:Receive:Secret")]
    public async Task BotAlone_InWebhookModeWithoutAPublicUrlOrALongSecret_StopsWithOneLineNamingTheKey(string publicUrl, string secret, string key)
    {
        using var database = new TestDatabase();
        using var bot = ProductProcess.Start("RahZendegi.Bot", new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = database.ConnectionString,
            ["Bots__0__Token"] = "123:test",
            ["Bots__0__ApiBaseUrl"] = "http://127.0.0.1:9",
            ["Bots__0__Receive__Mode"] = "Webhook",
            ["Bots__0__Receive__PublicUrl"] = publicUrl,
            ["Bots__0__Receive__Secret"] = secret,
        });

        Assert.Equal(2, await bot.WaitForExitAsync(StartTimeout));
        var line = await bot.WaitForLineAsync(l => l.StartsWith("Configuration error:", StringComparison.Ordinal), StartTimeout);
        Assert.Contains(key, line);
        Assert.DoesNotContain("   at ", bot.Output);
        if (secret.Length > 0)
        {
            Assert.DoesNotContain(secret, bot.Output);
        }
    }
}
