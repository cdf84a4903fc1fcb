using RahZendegi.LoadTest;

// One command, bounded, loopback only: each workload starts its own bot process and stops it when measured.
return await LoadTestOptions.Command(async options =>
{
    var workloads = new Workloads(options, Console.Out);
    var results = new List<WorkloadResult>();
    if (options.Minutes is { } minutes)
    {
        Console.WriteLine($"Flat memory: the mix at {options.Users[0]} people for {minutes} minute(s)…");
        var (result, samples) = await workloads.FlatMemoryAsync(options.Users[0], TimeSpan.FromMinutes(minutes));
        Report.Memory(Console.Out, samples);
        Console.WriteLine();
        results.Add(result);
    }
    else
    {
        if (options.Workloads.Contains("mix"))
        {
            foreach (var users in options.Users)
            {
                Console.WriteLine($"Mix at {users} people…");
                results.Add(await workloads.MixAsync(users));
            }
        }

        if (options.Workloads.Contains("members"))
        {
            Console.WriteLine($"{options.Members:N0} members, {options.MidConversation:N0} of them mid-conversation…");
            results.Add(await workloads.MembersAsync(options.Members, options.MidConversation));
        }

        if (options.Workloads.Contains("sender"))
        {
            Console.WriteLine($"Sender: {options.SenderMessages} replies under a 30/s limit…");
            results.Add(await workloads.SenderAsync(options.SenderMessages));
        }
    }

    Console.WriteLine();
    Report.Table(Console.Out, results);
    return 0;
}).Parse(args).InvokeAsync();
