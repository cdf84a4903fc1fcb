using RahZendegi.Bot.Sandbox;
using Telegram.Bot;

namespace RahZendegi.Tests.Bot.Sandbox;

/// <summary>A sandbox server on a free port and a real Telegram.Bot client pointed at it, per test.</summary>
public abstract class SandboxServerTestBase(BotApiEmulator? emulator = null) : IAsyncLifetime
{
    protected const long Ali = 5001;

    protected SandboxServer Server { get; } = new(new SandboxServerOptions { Port = 0 }, emulator);
    protected HttpClient Http { get; } = new();
    protected TelegramBotClient Client { get; private set; } = null!;
    protected SandboxBot Bot => Server.Bot;

    public async Task InitializeAsync()
    {
        await Server.StartAsync();
        Http.BaseAddress = Server.BaseAddress;
        Client = NewClient(Server.Emulator.DefaultToken);
    }

    protected TelegramBotClient NewClient(string token) =>
        new(new TelegramBotClientOptions(token, Server.BaseAddress.ToString()) { RetryThreshold = 0 }, Http);

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
