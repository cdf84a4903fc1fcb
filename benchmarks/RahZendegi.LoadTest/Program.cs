using System.Diagnostics;
using RahZendegi.LoadTest;

// The harness starts itself with this argument as the baseline bot's process.
if (args is [BaselineBot.Argument])
{
    return await BaselineBot.RunAsync();
}

// One command, bounded, loopback only: each workload starts its own bot processes and stops them when measured.
return await LoadTestOptions.Command(async options =>
{
    var total = Stopwatch.StartNew();
    var workloads = new Workloads(options, Console.Out);
    var results = new List<WorkloadResult>();
    var baselines = new Dictionary<string, WorkloadResult>();
    if (options.Minutes is { } minutes)
    {
        Console.WriteLine($"Flat memory: the mix at {options.Users[0]} people for {minutes} minute(s)…");
        var (result, samples) = await workloads.FlatMemoryAsync(options.Setups[0], options.Users[0], TimeSpan.FromMinutes(minutes));
        Report.Memory(Console.Out, samples);
        Console.WriteLine();
        results.Add(result);
    }
    else
    {
        if (options.Workloads.Contains("capacity"))
        {
            if (options.Baseline)
            {
                Console.WriteLine($"Capacity at {options.CapacityUsers} people, the baseline bot…");
                baselines["capacity"] = await workloads.CapacityAsync(options.Setups[0], options.CapacityUsers, baseline: true);
                results.Add(baselines["capacity"]);
            }

            foreach (var setup in options.Setups)
            {
                Console.WriteLine($"Capacity at {options.CapacityUsers} people, {setup.Label}…");
                results.Add(await workloads.CapacityAsync(setup, options.CapacityUsers, baseline: false) with { Baseline = baselines.GetValueOrDefault("capacity") });
            }
        }

        if (options.Workloads.Contains("light"))
        {
            if (options.Baseline)
            {
                Console.WriteLine($"Light load, {options.LightUsers} people, the baseline bot…");
                baselines["light"] = await workloads.LightAsync(options.Setups[0], options.LightUsers, options.ThinkTime, baseline: true);
                results.Add(baselines["light"]);
            }

            foreach (var setup in options.Setups)
            {
                Console.WriteLine($"Light load, {options.LightUsers} people, {setup.Label}…");
                results.Add(await workloads.LightAsync(setup, options.LightUsers, options.ThinkTime, baseline: false) with { Baseline = baselines.GetValueOrDefault("light") });
            }
        }

        if (options.Workloads.Contains("mix"))
        {
            foreach (var setup in options.Setups)
            {
                foreach (var users in options.Users)
                {
                    Console.WriteLine($"Mix at {users} people, {setup.Label}…");
                    results.Add(await workloads.MixAsync(setup, users));
                }
            }
        }

        if (options.Workloads.Contains("members"))
        {
            Console.WriteLine($"{options.Members:N0} members, {options.MidConversation:N0} of them mid-conversation…");
            results.Add(await workloads.MembersAsync(options.Setups[0], options.Members, options.MidConversation));
        }

        if (options.Workloads.Contains("sender"))
        {
            Console.WriteLine($"Sender: {options.SenderMessages} replies under a 30/s limit…");
            results.Add(await workloads.SenderAsync(options.Setups[0], options.SenderMessages));
        }
    }

    Console.WriteLine();
    Report.Table(Console.Out, results);
    if (results.Any(r => r.Baseline is not null))
    {
        Console.WriteLine();
        Report.Ratios(Console.Out, results);
    }

    Console.WriteLine($"\nThe run took {total.Elapsed:m\\:ss} (m:ss).");
    return 0;
}).Parse(args).InvokeAsync();
