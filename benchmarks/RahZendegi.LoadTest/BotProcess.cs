using System.Diagnostics;
using System.Globalization;

namespace RahZendegi.LoadTest;

/// <summary>
/// src/Bot run as its own process from the built assemblies, so the memory and CPU measured are the bot host's alone,
/// not the load generator's or the sandbox's.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> errors = [];
    private int failures;

    private BotProcess(Process process) => this.process = process;

    public int Id => process.Id;

    /// <summary>
    /// Starts the bot host, or with <paramref name="baseline"/> the minimal bot the figures are compared with; with
    /// <paramref name="cpu"/> the process is pinned to that core (<c>taskset</c>), so its CPU time is one core's.
    /// </summary>
    public static async Task<BotProcess> StartAsync(
        IReadOnlyDictionary<string, string> settings, TimeSpan timeout, bool baseline = false, int? cpu = null, string? botDirectory = null)
    {
        var start = new ProcessStartInfo(cpu is null ? "dotnet" : "taskset")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (cpu is { } core)
        {
            // exec'd by taskset: the process id stays the bot's own.
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(core.ToString(CultureInfo.InvariantCulture));
            start.ArgumentList.Add("dotnet");
        }

        // The bot from another folder (a published, ReadyToRun build, say); the baseline always from here.
        start.ArgumentList.Add(baseline
            ? Path.Combine(AppContext.BaseDirectory, "RahZendegi.LoadTest.dll")
            : Path.Combine(botDirectory ?? AppContext.BaseDirectory, "RahZendegi.Bot.dll"));
        if (baseline)
        {
            start.ArgumentList.Add(BaselineBot.Argument);
        }

        start.Environment["Monitoring__Listen"] = "http://127.0.0.1:0"; // two instances run side by side
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Warning";
        // The one line that says the receivers run: by long polling, or the webhook listener is up.
        start.Environment["Logging__LogLevel__RahZendegi.Bot.Hosting.BotHost"] = "Information";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var bot = new BotProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        bot.process.OutputDataReceived += (_, e) => bot.Read(e.Data);
        bot.process.ErrorDataReceived += (_, e) => bot.Read(e.Data);
        bot.process.Exited += (_, _) => bot.listening.TrySetException(new InvalidOperationException(
            "The bot process exited before it listened:\n" + string.Join('\n', bot.Errors)));
        bot.process.Start();
        bot.process.BeginOutputReadLine();
        bot.process.BeginErrorReadLine();
        await bot.listening.Task.WaitAsync(timeout);
        return bot;
    }

    /// <summary>Entries logged at Error or Critical (each of them, not only the first few kept in <see cref="Errors"/>).</summary>
    public int Failures => Volatile.Read(ref failures);

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (errors)
            {
                return [.. errors];
            }
        }
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.Contains("listening by long polling", StringComparison.Ordinal)
            || line.Contains("The webhook listener is at", StringComparison.Ordinal))
        {
            listening.TrySetResult();
        }
        else if (!line.StartsWith("info: ", StringComparison.Ordinal))
        {
            if (line.StartsWith("fail: ", StringComparison.Ordinal) || line.StartsWith("crit: ", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref failures);
            }

            lock (errors)
            {
                // Warnings and errors only reach the output; keep the first few to show.
                if (errors.Count < 50)
                {
                    errors.Add(line);
                }
            }
        }
    }

    /// <summary>The process's CPU time and memory now, and its peak resident memory so far.</summary>
    public ProcessSample Sample()
    {
        process.Refresh();
        var status = ReadStatus();
        return new ProcessSample(
            process.TotalProcessorTime,
            status.GetValueOrDefault("VmRSS", process.WorkingSet64),
            status.GetValueOrDefault("VmHWM", process.PeakWorkingSet64),
            status.GetValueOrDefault("RssAnon", process.PrivateMemorySize64));
    }

    // Linux's own figures, in bytes: VmHWM is the peak resident set, RssAnon the resident private (heap) pages.
    private Dictionary<string, long> ReadStatus()
    {
        var values = new Dictionary<string, long>();
        var path = $"/proc/{process.Id}/status";
        if (!File.Exists(path))
        {
            return values;
        }

        foreach (var line in File.ReadLines(path))
        {
            var colon = line.IndexOf(':');
            var parts = line[(colon + 1)..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (colon > 0 && parts is [var number, "kB"] && long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var kb))
            {
                values[line[..colon]] = kb * 1024;
            }
        }

        return values;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }
}

public sealed record ProcessSample(TimeSpan Cpu, long WorkingSet, long PeakWorkingSet, long Private);
