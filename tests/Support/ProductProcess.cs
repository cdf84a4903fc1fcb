using System.Diagnostics;

namespace RahZendegi.Tests.Support;

/// <summary>
/// One of the product's hosts run as a real process from the built assemblies, as a person runs it,
/// with its output read line by line so a test can wait for what it prints.
/// </summary>
public sealed class ProductProcess : IDisposable
{
    private readonly Process process;
    private readonly List<string> lines = [];
    private readonly Lock gate = new();
    private TaskCompletionSource lineArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ProductProcess(Process process) => this.process = process;

    public static ProductProcess Start(string assemblyName, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Started, used for seconds and stopped: no recompilation of hot methods at all (the hosts' runtimeconfig has
        // already turned profile-guided recompilation off): in a process this short it costs more than the faster code
        // gives back (the real-process classes: 47–51 s without it, 39–42 s with it, back to back).
        start.Environment["DOTNET_TC_CallCounting"] = "0";

        // Several bot hosts run at once in the tests: each one's health listener takes a free port.
        start.Environment["Monitoring__Listen"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var running = new ProductProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        running.process.OutputDataReceived += (_, e) => running.Add(e.Data);
        running.process.ErrorDataReceived += (_, e) => running.Add(e.Data);
        running.process.Exited += (_, _) => running.Add(null);
        running.process.Start();
        running.process.BeginOutputReadLine();
        running.process.BeginErrorReadLine();
        return running;
    }

    public string Output
    {
        get
        {
            lock (gate)
            {
                return string.Join('\n', lines);
            }
        }
    }

    /// <summary>Waits for a line of output that matches, or fails with everything printed so far.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        var seen = 0;
        var drained = false;
        while (true)
        {
            Task arrived;
            lock (gate)
            {
                for (; seen < lines.Count; seen++)
                {
                    if (match(lines[seen]))
                    {
                        return lines[seen];
                    }
                }

                arrived = lineArrived.Task;
            }

            if (process.HasExited)
            {
                if (drained)
                {
                    throw new InvalidOperationException($"The process exited with {process.ExitCode} before printing the line:\n{Output}");
                }

                // The parameterless wait returns once the redirected output has been read to its end.
                process.WaitForExit();
                drained = true;
                continue;
            }

            try
            {
                await arrived.WaitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching line within {timeout}. Output:\n{Output}");
            }
        }
    }

    /// <summary>Asks the process to stop as a service manager does (SIGTERM) and waits until it has.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (Kill(process.Id, SigTerm) != 0)
        {
            throw new InvalidOperationException($"SIGTERM could not be sent to process {process.Id}.");
        }

        return await WaitForExitAsync(timeout);
    }

    private const int SigTerm = 15;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(limit.Token);
        return process.ExitCode;
    }

    private void Add(string? line)
    {
        lock (gate)
        {
            if (line is not null)
            {
                lines.Add(line);
            }

            lineArrived.TrySetResult();
            lineArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
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
