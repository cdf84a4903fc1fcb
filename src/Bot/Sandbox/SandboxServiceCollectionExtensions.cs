using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RahZendegi.Bot.Sandbox;

public static class SandboxServiceCollectionExtensions
{
    /// <summary>
    /// Registers the emulator and the server as a hosted service. Hosted services start in registration
    /// order, so call this before registering the bot's receivers.
    /// </summary>
    public static IServiceCollection AddSandboxMessenger(this IServiceCollection services, Action<SandboxServerOptions>? configure = null)
    {
        var options = new SandboxServerOptions();
        configure?.Invoke(options);
        services.AddSingleton(sp => new BotApiEmulator(sp.GetService<TimeProvider>()));
        services.AddSingleton(sp => new SandboxServer(options, sp.GetRequiredService<BotApiEmulator>()));
        services.AddHostedService(sp => sp.GetRequiredService<SandboxServer>());
        return services;
    }
}
