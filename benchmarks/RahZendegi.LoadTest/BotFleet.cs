using System.Security.Cryptography;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Tests.Support;

namespace RahZendegi.LoadTest;

/// <summary>
/// The bot processes of one workload: one polling process, or one or more in webhook mode behind the sandbox's
/// <see cref="WebhookBalancer"/>, as several instances would run behind a reverse proxy. CPU and memory are the sum
/// over the processes.
/// </summary>
public sealed class BotFleet : IAsyncDisposable
{
    private readonly List<BotProcess> bots = [];
    private WebhookBalancer? balancer;

    public IReadOnlyList<int> Ids => [.. bots.Select(b => b.Id)];

    public IReadOnlyList<string> Errors => [.. bots.SelectMany(b => b.Errors)];

    public int Failures => bots.Sum(b => b.Failures);

    /// <summary>The processes a setup asks for; <paramref name="baseline"/> starts the minimal bot instead (long polling, one process).</summary>
    public static async Task<BotFleet> StartAsync(
        Setup setup, IReadOnlyDictionary<string, string> settings, SandboxServer sandbox, TimeSpan timeout, bool baseline = false, int? cpu = null,
        string? botDirectory = null)
    {
        var fleet = new BotFleet();
        try
        {
            if (!setup.Webhook || baseline)
            {
                fleet.bots.Add(await BotProcess.StartAsync(settings, timeout, baseline, cpu, botDirectory));
                return fleet;
            }

            var ports = Enumerable.Range(0, setup.Instances).Select(_ => LoopbackPort.Free()).ToList();
            fleet.balancer = new WebhookBalancer([.. ports.Select(port => new Uri($"http://127.0.0.1:{port}/"))]);
            await fleet.balancer.StartAsync();
            var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

            // One after the other: each process applies the migrations at start, and they must not race on one database.
            foreach (var port in ports)
            {
                fleet.bots.Add(await BotProcess.StartAsync(new Dictionary<string, string>(settings)
                {
                    ["Bots__0__Receive__Mode"] = "Webhook",
                    ["Bots__0__Receive__PublicUrl"] = fleet.balancer.BaseAddress.ToString().TrimEnd('/'),
                    ["Bots__0__Receive__Secret"] = secret,
                    // An instance that stops must not take the webhook away from the others.
                    ["Bots__0__Receive__RemoveOnStop"] = "false",
                    ["Webhook__Listen"] = $"http://127.0.0.1:{port}",
                }, timeout, cpu: cpu, botDirectory: botDirectory));
            }

            await WaitForWebhooksAsync(sandbox.Bot, setup.Instances, timeout);
            return fleet;
        }
        catch
        {
            await fleet.DisposeAsync();
            throw;
        }
    }

    // The listener is up before the webhook is registered; updates sent before would only wait in the sandbox's queue.
    private static async Task WaitForWebhooksAsync(SandboxBot bot, int instances, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (bot.WebhookUrl is null || bot.MethodCalls("setWebhook") < instances)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), limit.Token);
        }
    }

    /// <summary>CPU time and memory of all the processes together; the peak working set is the sum of each one's peak.</summary>
    public ProcessSample Sample()
    {
        var samples = bots.Select(b => b.Sample()).ToList();
        return new ProcessSample(
            TimeSpan.FromTicks(samples.Sum(s => s.Cpu.Ticks)),
            samples.Sum(s => s.WorkingSet),
            samples.Sum(s => s.PeakWorkingSet),
            samples.Sum(s => s.Private));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var bot in bots)
        {
            bot.Dispose();
        }

        if (balancer is not null)
        {
            await balancer.DisposeAsync();
        }
    }
}
