using System.CommandLine;

namespace RahZendegi.LoadTest;

/// <summary>The command line: which workloads, how many people, how long.</summary>
public sealed record LoadTestOptions(
    IReadOnlyList<int> Users,
    TimeSpan Warmup,
    TimeSpan Duration,
    int Members,
    int MidConversation,
    int SenderMessages,
    int? Minutes,
    int? Lanes,
    IReadOnlyList<string> BotEnvironment,
    IReadOnlySet<string> Workloads,
    IReadOnlyList<Setup> Setups,
    int? BotCpu,
    int CapacityUsers,
    int LightUsers,
    TimeSpan ThinkTime,
    bool Baseline,
    string? BotDirectory)
{
    public static RootCommand Command(Func<LoadTestOptions, Task<int>> run)
    {
        var users = new Option<int[]>("--users")
        {
            Description = "Concurrent people for the mix, one run each.",
            DefaultValueFactory = _ => [50, 200],
            AllowMultipleArgumentsPerToken = true,
        };
        var seconds = new Option<int>("--seconds") { Description = "Measured seconds per workload, after the warm-up.", DefaultValueFactory = _ => 20 };
        var warmup = new Option<int>("--warmup") { Description = "Warm-up seconds per workload, not measured.", DefaultValueFactory = _ => 10 };
        var members = new Option<int>("--members") { Description = "Registered members seeded for the memory workload.", DefaultValueFactory = _ => 100_000 };
        var mid = new Option<int>("--mid-conversation") { Description = "Of them, people left mid-flow who then chat.", DefaultValueFactory = _ => 10_000 };
        var sender = new Option<int>("--sender-messages") { Description = "Replies queued at once for the sender's rate run.", DefaultValueFactory = _ => 300 };
        var minutes = new Option<int?>("--minutes") { Description = "Instead of the workloads: the mix at the first --users for this many minutes, memory every 30 s." };
        var lanes = new Option<int?>("--lanes") { Description = "Pipeline:Lanes for the bot (default: the shipped setting)." };
        var botEnvironment = new Option<string[]>("--bot-env")
        {
            Description = "Extra KEY=VALUE environment variables for the bot process, e.g. DOTNET_TieredPGO=0 or Pipeline__Lanes=32.",
            DefaultValueFactory = _ => [],
            AllowMultipleArgumentsPerToken = true,
        };
        var only = new Option<string[]>("--only")
        {
            Description = "Run only these workloads: capacity, light, mix, members, sender.",
            DefaultValueFactory = _ => ["capacity", "light", "members", "sender"],
            AllowMultipleArgumentsPerToken = true,
        };
        var botCpu = new Option<int>("--bot-cpu")
        {
            Description = "Pin each bot process to this core with taskset; -1 leaves it unpinned. Default: the last core, when there are two or more.",
            DefaultValueFactory = _ => Environment.ProcessorCount >= 2 && File.Exists("/usr/bin/taskset") ? Environment.ProcessorCount - 1 : -1,
        };
        var capacityUsers = new Option<int>("--capacity-users") { Description = "People for the capacity workload (no pauses).", DefaultValueFactory = _ => 200 };
        var lightUsers = new Option<int>("--light-users") { Description = "People for the light-load workload.", DefaultValueFactory = _ => 30 };
        var think = new Option<double>("--think-seconds") { Description = "Mean seconds between one person's taps in the light-load workload.", DefaultValueFactory = _ => 2 };
        var botDirectory = new Option<string?>("--bot-dir")
        {
            Description = "Run RahZendegi.Bot.dll from this folder instead of the build output, e.g. one made by "
                + "dotnet publish src/Bot -c Release -p:PublishReadyToRun=true -r linux-x64 --self-contained false -o FOLDER.",
        };
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Skip the baseline bot's runs of the capacity and light-load workloads." };

        var setups = new Option<string[]>("--setups")
        {
            Description = "How the bot runs, the mix once per setup: sqlite, postgres (one process, long polling), postgres-webhook "
                + "(one process, webhook), postgres-2 (two processes behind the webhook balancer). The memory and sender workloads "
                + "run on the first. PostgreSQL: the server in RZ_TEST_POSTGRES, else a throwaway cluster started for the run.",
            DefaultValueFactory = _ => ["sqlite", "postgres", "postgres-2"],
            AllowMultipleArgumentsPerToken = true,
        };
        setups.Validators.Add(result =>
        {
            foreach (var key in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!Setup.All.Any(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase)))
                {
                    result.AddError($"Unknown setup «{key}»; one of: {string.Join(", ", Setup.All.Select(s => s.Key))}.");
                }
            }
        });

        var command = new RootCommand("End-to-end load run: the sandbox messenger feeds the bot host (its own processes) over loopback, by long polling or webhook.")
        {
            users, seconds, warmup, members, mid, sender, minutes, lanes, botEnvironment, only, setups,
            botCpu, capacityUsers, lightUsers, think, noBaseline, botDirectory,
        };
        command.SetAction((result, _) => run(new LoadTestOptions(
            result.GetValue(users)!,
            TimeSpan.FromSeconds(result.GetValue(warmup)),
            TimeSpan.FromSeconds(result.GetValue(seconds)),
            result.GetValue(members),
            result.GetValue(mid),
            result.GetValue(sender),
            result.GetValue(minutes),
            result.GetValue(lanes),
            result.GetValue(botEnvironment)!,
            result.GetValue(only)!.ToHashSet(StringComparer.OrdinalIgnoreCase),
            [.. result.GetValue(setups)!.Select(Setup.Find).Distinct()],
            result.GetValue(botCpu) is var cpu and >= 0 ? cpu : null,
            result.GetValue(capacityUsers),
            result.GetValue(lightUsers),
            TimeSpan.FromSeconds(result.GetValue(think)),
            !result.GetValue(noBaseline),
            result.GetValue(botDirectory) is { Length: > 0 } folder ? Path.GetFullPath(folder) : null)));
        return command;
    }
}
