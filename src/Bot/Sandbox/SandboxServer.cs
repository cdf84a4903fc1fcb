using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RahZendegi.Bot.Sandbox;

/// <summary>
/// The sandbox messenger on loopback: the Bot API emulator at /bot{token}/{method} and the web chat at /.
/// Also an <see cref="IHostedService"/>, so a host can start it before the bot's receivers.
/// </summary>
public sealed class SandboxServer(SandboxServerOptions? options = null, BotApiEmulator? emulator = null)
    : IHostedService, IAsyncDisposable
{
    private readonly SandboxServerOptions _options = options ?? new SandboxServerOptions();
    private WebApplication? _app;
    private Uri? _baseAddress;

    public BotApiEmulator Emulator { get; } = emulator ?? new BotApiEmulator();

    /// <summary>Shortcut for the common single-bot sandbox.</summary>
    public SandboxBot Bot => Emulator.DefaultBot;

    /// <summary>Where the server listens, e.g. http://127.0.0.1:8090/; the bot's API base URL too.</summary>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("The sandbox server is not started.");

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_app is not null)
            return;
        // An empty builder: the product's own configuration (Kestrel endpoints, logging) must not leak in.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, _options.Port));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        app.MapBotApi(Emulator);
        app.MapSandboxPage(Emulator);
        await app.StartAsync(cancellationToken);
        _app = app;

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _baseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_app is null)
            return;
        var app = _app;
        _app = null;
        _baseAddress = null;
        await app.StopAsync(cancellationToken);
        await app.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        // A webhook nobody deleted would go on calling a bot that is gone.
        foreach (var bot in Emulator.Bots)
            bot.StopWebhook();
    }
}
