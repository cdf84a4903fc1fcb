using Microsoft.Extensions.Logging;

namespace RahZendegi.Tests.Support;

/// <summary>Keeps what the host logs at warning level or above, so a test can assert that nothing failed quietly.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly List<(LogLevel Level, string Category, string Message)> entries = [];
    private readonly Lock gate = new();

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (gate)
            {
                return [.. entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category}: {e.Message}")];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCollector collector, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            lock (collector.gate)
            {
                collector.entries.Add((logLevel, category, formatter(state, exception) + (exception is null ? "" : "\n" + exception)));
            }
        }
    }
}
