using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RahZendegi.Bot.Hosting;

/// <summary>Turns a configuration mistake into one clear line naming the key, instead of a stack trace.</summary>
public static class StartupErrors
{
    public const int ConfigurationExitCode = 2;

    /// <summary>
    /// Runs the options validations before anything starts, so a mistake reaches <see cref="RunAsync"/>
    /// rather than the host's own failure log with its stack trace.
    /// </summary>
    public static void ValidateConfiguration(this IServiceProvider services) =>
        services.GetService<IStartupValidator>()?.Validate();

    public static async Task<int> RunAsync(Func<Task> run)
    {
        try
        {
            await run();
            return 0;
        }
        catch (Exception e) when (ConfigurationMessage(e) is { } message)
        {
            await Console.Error.WriteLineAsync($"Configuration error: {message}");
            return ConfigurationExitCode;
        }
    }

    private static string? ConfigurationMessage(Exception e) => e switch
    {
        OptionsValidationException validation => string.Join(" ", validation.Failures),
        AggregateException aggregate => aggregate.InnerExceptions.Select(ConfigurationMessage).FirstOrDefault(m => m is not null),
        // The binder names the key itself: "Failed to convert configuration value at 'Bots:0:Platform' ...".
        InvalidOperationException { Message: var m } when m.Contains("configuration value", StringComparison.Ordinal) => m,
        _ => null,
    };
}
