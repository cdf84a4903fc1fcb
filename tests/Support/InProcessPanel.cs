extern alias AdminHost;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RahZendegi.Tests.Support;

/// <summary>
/// The admin panel's own Program (panel, bot worker and sandbox messenger) hosted inside the test process, configured as
/// a run of its process would be: the given settings, the production environment, and a content root of its own.
/// Its log is kept line by line, as the process's output is, so a test can read what it printed.
/// </summary>
public sealed class InProcessPanel : WebApplicationFactory<AdminHost::Program>
{
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly string contentRoot;
    private readonly LogLines log = new();

    /// <param name="settings">Configuration keys with <c>:</c> separators; they win over appsettings.json, as environment variables do.</param>
    /// <param name="contentRoot">The folder the panel runs in (its SQLite key ring lands there).</param>
    /// <param name="listen">On Kestrel at a free loopback port, for a browser, instead of the in-memory test server.</param>
    public InProcessPanel(IReadOnlyDictionary<string, string?> settings, string contentRoot, bool listen)
    {
        this.settings = settings;
        this.contentRoot = contentRoot;
        if (listen)
        {
            UseKestrel(0);
        }
    }

    /// <summary>
    /// Password hashing is slow on purpose, a tenth of a second a time: hundreds of sign-ins would spend most of the
    /// panel tests' CPU on it. The tests' passwords are no secret, so the panel in the tests hashes with fewer rounds.
    /// </summary>
    public static PasswordHasherOptions FastHashing { get; } = new() { IterationCount = 1_000 };

    /// <summary>Everything the panel has logged at information level or above, as its console would show it.</summary>
    public IReadOnlyList<string> Log => log.Lines;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        builder.UseContentRoot(contentRoot);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));

        // The panel's Program reads a few keys while it registers its services (Panel:BotWorker), before the
        // configuration above is applied: the host's own settings are seen from the start.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(log));
        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = FastHashing.IterationCount));
    }

    protected override IHost CreateHost(IHostBuilder builder) => new StoppedByProgram(base.CreateHost(builder));

    /// <summary>
    /// The factory stops the host itself, but the stop also wakes the panel's Program, whose RunAsync then stops and
    /// disposes the same host: two stops race, and the bot worker can be disposed under the factory's. Here only the
    /// Program stops it, as on SIGTERM: the factory's stop asks the application to stop and waits until it has.
    /// </summary>
    private sealed class StoppedByProgram(IHost host) : IHost
    {
        public IServiceProvider Services => host.Services;

        public Task StartAsync(CancellationToken cancellationToken = default) => host.StartAsync(cancellationToken);

        public async Task StopAsync(CancellationToken cancellationToken = default)
        {
            var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
            var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var registration = lifetime.ApplicationStopped.Register(() => stopped.TrySetResult());
            lifetime.StopApplication();
            await stopped.Task.WaitAsync(cancellationToken);
        }

        public void Dispose() => host.Dispose();
    }

    private sealed class LogLines : ILoggerProvider
    {
        private readonly List<string> lines = [];
        private readonly Lock gate = new();

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (gate)
                {
                    return [.. lines];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(LogLines log) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (!IsEnabled(logLevel))
                {
                    return;
                }

                lock (log.gate)
                {
                    log.lines.Add(formatter(state, exception) + (exception is null ? "" : "\n" + exception));
                }
            }
        }
    }
}
