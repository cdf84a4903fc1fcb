using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RahZendegi.Bot.Sandbox;
using Telegram.Bot;

namespace RahZendegi.Tests.Bot.Sandbox;

public sealed class SandboxHostingTests
{
    [Fact]
    public async Task AddSandboxMessenger_HostStarts_ServesTheBotApi()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSandboxMessenger(options => options.Port = 0);
        using var host = builder.Build();
        await host.StartAsync();
        var server = host.Services.GetRequiredService<SandboxServer>();
        using var http = new HttpClient();
        var client = new TelegramBotClient(new TelegramBotClientOptions(server.Emulator.DefaultToken, server.BaseAddress.ToString()), http);

        var me = await client.GetMe();
        await host.StopAsync();

        Assert.Equal(server.Emulator.DefaultBot.BotId, me.Id);
        Assert.Throws<InvalidOperationException>(() => server.BaseAddress);
    }
}
