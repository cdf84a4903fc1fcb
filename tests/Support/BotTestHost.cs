using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RahZendegi.Bot.Hosting;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain;
using RahZendegi.Domain.Data;

namespace RahZendegi.Tests.Support;

/// <summary>
/// The real bot worker (the same registrations as src/Bot) serving a sandbox bot over HTTP, on a real database (a SQLite file unless asked for PostgreSQL).
/// Restarting it keeps the database and the sandbox, as a process restart would.
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    public const string BotName = "test";

    /// <summary>The second bot of <see cref="AddBaleBot"/>: a Bale bot on the same sandbox, whose users are the Telegram bot's.</summary>
    public const string BaleBotName = "bale";
    public const string BaleToken = "2000002:sandbox-bale-token";

    /// <summary>Tests play fast users; the platform's pace is a setting, and pacing has tests of its own.</summary>
    public static IReadOnlyDictionary<string, string?> FastUsers { get; } = new Dictionary<string, string?>
    {
        ["Pipeline:ChatBurst"] = "100",
        ["Pipeline:MessagesPerSecondPerChat"] = "100",
        ["Pipeline:MessagesPerSecondPerBot"] = "1000",
        // A Bale bot cannot long-poll: it asks again this soon after an empty answer, not after the platform's second.
        ["Pipeline:IdlePollDelay"] = "00:00:00.020",
    };

    private IHost? host;

    private BotTestHost(SandboxServer sandbox, TestDatabase database)
    {
        Sandbox = sandbox;
        Database = database;
    }

    public SandboxServer Sandbox { get; }
    public TestDatabase Database { get; }
    public SandboxBot Chat => Sandbox.Bot;

    /// <summary>The Bale bot's chat, once <see cref="AddBaleBot"/> asked for it: the same people as <see cref="Chat"/>.</summary>
    public SandboxBot BaleChat => Sandbox.Emulator.Bot(BaleToken);

    /// <summary>
    /// Serves a Bale bot beside the Telegram one in the same host and sandbox, as a person with both messengers meets
    /// them: the emulator serves each token as its own bot, with one set of users.
    /// </summary>
    public void AddBaleBot()
    {
        Settings["Bots:1:Name"] = BaleBotName;
        Settings["Bots:1:Platform"] = "Bale";
        Settings["Bots:1:Token"] = BaleToken;
        Settings["Bots:1:ApiBaseUrl"] = Sandbox.BaseAddress.ToString();
    }
    public IServiceProvider Services => host?.Services ?? throw new InvalidOperationException("The host is not running.");

    /// <summary>Extra configuration keys and service replacements for a test.</summary>
    public Dictionary<string, string?> Settings { get; } = [];
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    public static async Task<BotTestHost> StartAsync(Action<BotTestHost>? arrange = null, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var sandbox = new SandboxServer(new SandboxServerOptions { Port = 0 });
        await sandbox.StartAsync();
        var testHost = new BotTestHost(sandbox, TestDatabase.Migrated(provider));
        arrange?.Invoke(testHost);
        await testHost.StartHostAsync();
        return testHost;
    }

    /// <summary>
    /// Waits until the outbox satisfies <paramref name="condition"/>, looking again each time the sender writes an
    /// outcome: the event to wait for before asserting on rows the sender writes after the messenger answered.
    /// </summary>
    public async Task WaitForOutboxAsync(Func<AppDbContext, Task<bool>> condition, TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        var records = Services.GetRequiredService<SendRecords>();
        while (true)
        {
            var next = records.Next;
            await using (var db = Database.NewContext())
            {
                if (await condition(db))
                {
                    return;
                }
            }

            try
            {
                await next.WaitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException("The outbox never reached the expected state.");
            }
        }
    }

    public async Task RestartAsync()
    {
        await StopHostAsync();
        await StartHostAsync();
    }

    /// <summary>Stops the bot as a shutdown would, keeping the sandbox and the database for the test to look at.</summary>
    public Task StopBotAsync() => StopHostAsync();

    private async Task StartHostAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bots:0:Name"] = BotName,
            ["Bots:0:Platform"] = "Telegram",
            ["Bots:0:Token"] = Sandbox.Emulator.DefaultToken,
            ["Bots:0:ApiBaseUrl"] = Sandbox.BaseAddress.ToString(),
            ["Pipeline:LongPollSeconds"] = "10",
        });
        builder.Configuration.AddInMemoryCollection(FastUsers);
        builder.Configuration.AddInMemoryCollection(Database.Settings());
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.Services.AddDomain().AddBot();

        // Tests run the rounds (reminders, waiting lists, offers) themselves, at the moments they choose.
        foreach (var round in builder.Services.Where(d => d.ImplementationType?.IsSubclassOf(typeof(PeriodicRound)) == true).ToList())
        {
            builder.Services.Remove(round);
        }
        ConfigureServices?.Invoke(builder.Services);
        host = builder.Build();
        await host.Services.PrepareDatabaseAsync();
        await host.StartAsync();
    }

    private async Task StopHostAsync()
    {
        if (host is null)
        {
            return;
        }

        await host.StopAsync();
        host.Dispose();
        host = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        await Sandbox.DisposeAsync();
        Database.Dispose();
    }
}
