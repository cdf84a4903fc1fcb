using System.Diagnostics;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Data;

namespace RahZendegi.LoadTest;

/// <summary>What one workload measured.</summary>
public sealed record WorkloadResult(
    string Workload,
    int Users,
    double UpdatesPerSecond,
    TimeSpan P50,
    TimeSpan P99,
    double CpuMsPerUpdate,
    long PeakWorkingSet,
    long PeakPrivate,
    string Notes)
{
    /// <summary>Delivery to the bot's long poll, p99 (zero where not measured: webhook setups, the sender run).</summary>
    public TimeSpan DeliveryP99 { get; init; }

    /// <summary>The baseline bot's row of the same workload in the same run, to read this one as a ratio.</summary>
    public WorkloadResult? Baseline { get; init; }
}

/// <summary>The workloads: each gets a fresh database, a fresh sandbox and its own bot processes, as its <see cref="Setup"/> says.</summary>
public sealed class Workloads(LoadTestOptions options, TextWriter log)
{
    private const string BotName = "load";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    /// <summary>
    /// Capacity: the platform's limits lifted, this many people walking the menus without pauses; with
    /// <paramref name="baseline"/> the minimal bot answers instead of the product.
    /// </summary>
    public async Task<WorkloadResult> CapacityAsync(Setup setup, int users, bool baseline)
    {
        using var database = new LoadDatabase(setup.Provider);
        await database.PrepareAsync();
        var people = Enumerable.Range(0, users).Select(i => (Id: 10_000_000L + i, Mid: false, Registered: false)).ToList();
        var name = baseline ? "capacity · baseline bot" : $"capacity · {setup.Label}";
        return await DriveAsync(name, setup, database, people, options.Warmup, options.Duration, samples: null, TimeSpan.Zero, baseline);
    }

    /// <summary>Light load: this many people with a think time between taps (the mean; spread ±50 %), limits lifted.</summary>
    public async Task<WorkloadResult> LightAsync(Setup setup, int users, TimeSpan thinkTime, bool baseline)
    {
        using var database = new LoadDatabase(setup.Provider);
        await database.PrepareAsync();
        var people = Enumerable.Range(0, users).Select(i => (Id: 10_000_000L + i, Mid: false, Registered: false)).ToList();
        var name = baseline ? "light · baseline bot" : $"light · {setup.Label}";
        return await DriveAsync(name, setup, database, people, options.Warmup, options.Duration, samples: null, thinkTime, baseline);
    }

    /// <summary>The realistic mix at this many concurrent people, none registered at the start.</summary>
    public async Task<WorkloadResult> MixAsync(Setup setup, int users)
    {
        using var database = new LoadDatabase(setup.Provider);
        await database.PrepareAsync();
        var people = Enumerable.Range(0, users).Select(i => (Id: 10_000_000L + i, Mid: false, Registered: false)).ToList();
        return await DriveAsync($"mix · {setup.Label}", setup, database, people, options.Warmup, options.Duration, samples: null);
    }

    /// <summary>
    /// Many registered members, some of them mid-conversation: the seeded conversations pick up where they were,
    /// then go on with the mix.
    /// </summary>
    public async Task<WorkloadResult> MembersAsync(Setup setup, int members, int midConversation)
    {
        using var database = new LoadDatabase(setup.Provider);
        await database.PrepareAsync();
        var ids = Enumerable.Range(0, members).Select(i => 20_000_000L + i).ToList();
        var seeding = Stopwatch.StartNew();
        await database.AddMembersAsync(BotName, ids, midConversation);
        log.WriteLine($"  seeded {members:N0} members, {midConversation:N0} mid-conversation, in {seeding.Elapsed.TotalSeconds:F1}s");
        var people = ids.Take(midConversation).Select(id => (id, true, true)).ToList();
        return await DriveAsync($"{members / 1000}k members, mid-flow · {setup.Label}", setup, database, people, options.Warmup, options.Duration, samples: null);
    }

    /// <summary>The mix for minutes on end, with the bot's memory every 30 seconds.</summary>
    public async Task<(WorkloadResult Result, IReadOnlyList<MemorySample> Samples)> FlatMemoryAsync(Setup setup, int users, TimeSpan length)
    {
        using var database = new LoadDatabase(setup.Provider);
        await database.PrepareAsync();
        var people = Enumerable.Range(0, users).Select(i => (Id: 10_000_000L + i, Mid: false, Registered: false)).ToList();
        var samples = new List<MemorySample>();
        var result = await DriveAsync($"mix, long · {setup.Label}", setup, database, people, TimeSpan.Zero, length, samples);
        return (result, samples);
    }

    private async Task<WorkloadResult> DriveAsync(
        string name, Setup setup, LoadDatabase database, IReadOnlyList<(long Id, bool Mid, bool Registered)> people,
        TimeSpan warmup, TimeSpan duration, List<MemorySample>? samples, TimeSpan thinkTime = default, bool baseline = false)
    {
        await using var sandbox = new SandboxServer(new SandboxServerOptions { Port = 0 });
        await sandbox.StartAsync();
        await using var bot = await BotFleet.StartAsync(
            setup, BotSettings(database, sandbox, fastSender: true), sandbox, StartTimeout, baseline, options.BotCpu, options.BotDirectory);
        log.WriteLine(bot.Ids.Count == 1
            ? $"  bot process {bot.Ids[0]} (attach dotnet-trace or dotnet-counters to it)"
            : $"  bot processes {string.Join(", ", bot.Ids)} (attach dotnet-trace or dotnet-counters to each)");
        var server = await ServerCpuAsync(database);
        var clock = sandbox.Emulator.Time;
        var measurement = new Measurement();
        sandbox.Bot.UpdateDelivered = measurement.RecordDelivery;
        using var stop = new CancellationTokenSource();
        var random = new Random(42);
        var users = people.Select(p => (User: new SimulatedUser(sandbox.Bot, clock, p.Id, p.Registered, new Random(random.Next()), measurement, thinkTime), p.Mid)).ToList();
        var running = users.Select(u => Task.Run(() => u.User.RunAsync(u.Mid, stop.Token))).ToList();

        await Task.Delay(warmup);
        var before = bot.Sample();
        var serverBefore = server?.Total();
        var watch = Stopwatch.StartNew();
        measurement.Open();
        var peakPrivate = await SampleUntilAsync(bot, duration, samples, measurement, watch);
        measurement.Close();
        var elapsed = watch.Elapsed;
        var after = bot.Sample();
        var serverAfter = server?.Total();
        await stop.CancelAsync();
        await Task.WhenAll(running);

        var replies = measurement.Replies;
        var notes = Notes(
            measurement.Timeouts > 0 ? $"{measurement.Timeouts} timeouts" : null,
            FailuresNote(bot),
            WebhookNote(setup, sandbox.Bot),
            ServerNote(serverAfter - serverBefore, replies));
        if (bot.Errors.Count > 0)
        {
            log.WriteLine($"  the bot wrote {bot.Errors.Count} warning line(s):\n    " + string.Join("\n    ", bot.Errors.Take(10)));
        }

        return new WorkloadResult(
            name,
            people.Count,
            replies / elapsed.TotalSeconds,
            measurement.Percentile(50),
            measurement.Percentile(99),
            replies == 0 ? 0 : (after.Cpu - before.Cpu).TotalMilliseconds / replies,
            after.PeakWorkingSet,
            peakPrivate,
            notes)
        {
            DeliveryP99 = measurement.DeliveryPercentile(99),
        };
    }

    // Memory each second for the peak, and each 30 s for the series of a long run.
    private static async Task<long> SampleUntilAsync(BotFleet bot, TimeSpan duration, List<MemorySample>? samples, Measurement measurement, Stopwatch watch)
    {
        var peakPrivate = 0L;
        var nextSample = TimeSpan.Zero;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (true)
        {
            var sample = bot.Sample();
            peakPrivate = Math.Max(peakPrivate, sample.Private);
            if (samples is not null && watch.Elapsed >= nextSample)
            {
                samples.Add(new MemorySample(watch.Elapsed, sample.WorkingSet, sample.Private, measurement.Replies));
                nextSample += TimeSpan.FromSeconds(30);
            }

            if (watch.Elapsed >= duration)
            {
                return peakPrivate;
            }

            await timer.WaitForNextTickAsync();
        }
    }

    /// <summary>
    /// The sender against the platform's real limits: the sandbox answers 429 beyond 30 messages a second per bot
    /// and one a second per chat, and the bot runs with its shipped pipeline settings. Many people write at once;
    /// the replies drain at the pace the sender keeps.
    /// </summary>
    public async Task<WorkloadResult> SenderAsync(Setup setup, int messages)
    {
        using var database = new LoadDatabase(setup.Provider);
        await database.PrepareAsync();
        await using var sandbox = new SandboxServer(new SandboxServerOptions { Port = 0 });
        await sandbox.StartAsync();
        sandbox.Bot.SetRateLimit(30, 1);
        await using var bot = await BotFleet.StartAsync(setup, BotSettings(database, sandbox, fastSender: false), sandbox, StartTimeout, cpu: options.BotCpu, botDirectory: options.BotDirectory);
        var server = await ServerCpuAsync(database);
        var clock = sandbox.Emulator.Time;
        var before = bot.Sample();
        var serverBefore = server?.Total();
        for (var i = 0; i < messages; i++)
        {
            sandbox.Bot.SendText(30_000_000L + i, "/start");
        }

        var sent = clock.GetUtcNow();
        await sandbox.Bot.WaitForBotMessagesSentAsync(1, TimeSpan.FromSeconds(60));
        var first = clock.GetUtcNow();
        await sandbox.Bot.WaitForBotMessagesSentAsync(messages, TimeSpan.FromSeconds(messages / 10.0 + 60));
        var last = clock.GetUtcNow();
        var after = bot.Sample();
        var serverAfter = server?.Total();
        var rate = (messages - 1) / (last - first).TotalSeconds;
        return new WorkloadResult(
            $"sender, 30/s limit · {setup.Label}",
            messages,
            rate,
            first - sent,
            last - sent,
            (after.Cpu - before.Cpu).TotalMilliseconds / messages,
            after.PeakWorkingSet,
            after.Private,
            Notes($"{sandbox.Bot.ErrorAnswers(429)} answers 429", FailuresNote(bot), WebhookNote(setup, sandbox.Bot), ServerNote(serverAfter - serverBefore, messages)));
    }

    private static async Task<ServerCpu?> ServerCpuAsync(LoadDatabase database) =>
        database.Provider == DatabaseProvider.Postgres ? await ServerCpu.FindAsync(database.ConnectionString) : null;

    private static string? ServerNote(TimeSpan? cpu, long updates) =>
        cpu is { } time && updates > 0
            ? FormattableString.Invariant($"database server {time.TotalMilliseconds / updates:N3} CPU ms/update")
            : null;

    // Over the whole run, warm-up included: a clean run logs none.
    private static string? FailuresNote(BotFleet bot) => bot.Failures > 0 ? $"{bot.Failures} errors logged by the bot" : null;

    // A delivery the bot did not take (not 2xx, or no answer) waits 200 ms in the sandbox and holds up its chat.
    private static string? WebhookNote(Setup setup, SandboxBot bot)
    {
        var refused = bot.WebhookAnswers.Count(status => status is < 200 or >= 300);
        return setup.Webhook && refused > 0 ? $"{refused} webhook deliveries refused" : null;
    }

    private static string Notes(params string?[] notes) => string.Join("; ", notes.Where(n => n is not null));

    private Dictionary<string, string> BotSettings(LoadDatabase database, SandboxServer sandbox, bool fastSender)
    {
        var settings = new Dictionary<string, string>(database.Settings.Select(s => KeyValuePair.Create(s.Key, s.Value ?? "")))
        {
            ["Bots__0__Name"] = BotName,
            ["Bots__0__Platform"] = "Telegram",
            ["Bots__0__Token"] = sandbox.Emulator.DefaultToken,
            ["Bots__0__ApiBaseUrl"] = sandbox.BaseAddress.ToString(),
            ["Bots__1__Token"] = "",
            ["Demo__Seed"] = "false",
            ["Pipeline__LongPollSeconds"] = "10",
        };
        if (fastSender)
        {
            // Throughput runs measure the bot, not the platform's 1/s per chat: the sandbox has no limits, nor has the sender.
            settings["Pipeline__MessagesPerSecondPerBot"] = "1000000";
            settings["Pipeline__MessagesPerSecondPerChat"] = "1000000";
            settings["Pipeline__ChatBurst"] = "1000000";
        }

        if (options.Lanes is { } lanes)
        {
            settings["Pipeline__Lanes"] = lanes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var pair in options.BotEnvironment)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            settings[pair[..equals]] = pair[(equals + 1)..];
        }

        return settings;
    }
}

public sealed record MemorySample(TimeSpan At, long WorkingSet, long Private, long Replies);
