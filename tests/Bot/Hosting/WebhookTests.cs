using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Hosting;

/// <summary>Webhook mode through real HTTP: the sandbox calls the bot's listener as the messenger would.</summary>
public sealed class WebhookTests
{
    private const string Secret = "webhook-secret_0123456789-abcdefghijklmnop";
    private static readonly HttpClient Http = new();

    private static string PrivateText(long updateId, long user, string text) => $$$"""
        {"update_id":{{{updateId}}},"message":{"message_id":{{{updateId}}},"date":1764300000,
         "chat":{"id":{{{user}}},"type":"private","first_name":"Ali"},
         "from":{"id":{{{user}}},"is_bot":false,"first_name":"Ali"},"text":"{{{text}}}"}}
        """;

    /// <summary>A bot host in webhook mode, its listener on a free loopback port that is also its public address.</summary>
    private static async Task<(BotTestHost Host, Uri Listener)> StartAsync(string platform = "Telegram", bool removeOnStop = true)
    {
        var listener = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
        var host = await BotTestHost.StartAsync(h =>
        {
            h.Settings["Bots:0:Platform"] = platform;
            h.Settings["Bots:0:Receive:Mode"] = "Webhook";
            h.Settings["Bots:0:Receive:PublicUrl"] = listener.ToString();
            h.Settings["Bots:0:Receive:Secret"] = Secret;
            h.Settings["Bots:0:Receive:RemoveOnStop"] = removeOnStop ? "true" : "false";
            h.Settings["Webhook:Listen"] = listener.ToString();
        });
        return (host, listener);
    }

    private static async Task<HttpStatusCode> PostAsync(Uri address, string body, string? secretHeader = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secretHeader is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secretHeader);
        }

        using var response = await Http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task Start_InWebhookMode_SetsTheWebhookAnswersStartAndStopDeletesIt()
    {
        var (host, listener) = await StartAsync();
        await using var _ = host;
        var user = host.Sandbox.Emulator.AddUser().Id;
        host.Chat.SendText(user, "/start");

        Assert.Equal(MainMenuTexts.Welcome, (await host.Chat.WaitForBotMessageAsync(user)).Text);
        Assert.Equal(new Uri(listener, "/webhook/test").ToString(), host.Chat.WebhookUrl);
        Assert.Equal(1, host.Chat.MethodCalls("setWebhook"));
        Assert.Equal(0, host.Chat.MethodCalls("getUpdates"));
        Assert.Equal(0, host.Chat.MethodCalls("deleteWebhook"));
        Assert.All(host.Chat.WebhookAnswers, status => Assert.Equal(200, status));

        await host.StopBotAsync();
        Assert.Equal(1, host.Chat.MethodCalls("deleteWebhook"));
        Assert.Null(host.Chat.WebhookUrl);
    }

    [Fact]
    public async Task Stop_WithRemoveOnStopOff_LeavesTheWebhookForTheOtherInstances()
    {
        var (host, listener) = await StartAsync(removeOnStop: false);
        await using var _ = host;
        var user = host.Sandbox.Emulator.AddUser().Id;
        host.Chat.SendText(user, "/start");
        await host.Chat.WaitForBotMessageAsync(user);

        await host.StopBotAsync();

        Assert.Equal(0, host.Chat.MethodCalls("deleteWebhook"));
        Assert.Equal(new Uri(listener, "/webhook/test").ToString(), host.Chat.WebhookUrl);
    }

    [Fact]
    public async Task Restart_InWebhookMode_RegistersAgainAndGoesOn()
    {
        var (host, _) = await StartAsync();
        await using var _host = host;
        var user = host.Sandbox.Emulator.AddUser().Id;
        host.Chat.SendText(user, "راهنما");
        Assert.StartsWith(MainMenuTexts.HelpText, (await host.Chat.WaitForBotMessageAsync(user)).Text);

        await host.RestartAsync();
        host.Chat.SendText(user, "بازگشت");

        Assert.Equal(MainMenuTexts.MenuPrompt, (await host.Chat.WaitForBotMessageAsync(user)).Text);
        Assert.Equal(2, host.Chat.MethodCalls("setWebhook"));
        Assert.Equal(1, host.Chat.MethodCalls("deleteWebhook"));
    }

    [Fact]
    public async Task SameUpdate_DeliveredTwiceThroughTheWebhook_IsHandledOnce()
    {
        var (host, _) = await StartAsync();
        await using var _ = host;
        const long user = 7301;
        host.Chat.EnqueueRawUpdate(PrivateText(800, user, "/start"));
        host.Chat.EnqueueRawUpdate(PrivateText(800, user, "/start"));
        host.Chat.SendText(user, "/help");

        // Deliveries come in order: the help is answered after the second /start was received.
        await host.Chat.WaitForBotMessageAsync(user, m => m.Text?.StartsWith(MainMenuTexts.HelpText, StringComparison.Ordinal) == true);
        Assert.Single(host.Chat.Messages(user), m => m.FromBot && m.Text == MainMenuTexts.Welcome);
        await using var db = host.Database.NewContext();
        Assert.Equal(1, await db.InboxUpdates.CountAsync(u => u.UpdateId == 800));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("webhook-secret_0123456789-abcdefghijklmnoX")]
    [InlineData("short")]
    public async Task Request_WithoutOrWithAWrongSecret_IsRefusedAndChangesNothing(string? secretHeader)
    {
        var (host, listener) = await StartAsync();
        await using var _ = host;
        const long user = 7302;

        var status = await PostAsync(new Uri(listener, "/webhook/test"), PrivateText(4242, user, "/start"), secretHeader);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        // The user's next message is answered; the refused /start never was.
        host.Chat.SendText(user, "/help");
        Assert.StartsWith(MainMenuTexts.HelpText, (await host.Chat.WaitForBotMessageAsync(user)).Text);
        Assert.Single(host.Chat.Messages(user), m => m.FromBot);
        await using var db = host.Database.NewContext();
        Assert.False(await db.InboxUpdates.AnyAsync(u => u.UpdateId == 4242));
        Assert.Equal(1, await db.InboxUpdates.CountAsync());
    }

    [Fact]
    public async Task Request_ToAnUnknownBotOrWithASecretInThePath_IsNotFound()
    {
        var (host, listener) = await StartAsync();
        await using var _ = host;

        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(new Uri(listener, "/webhook/other"), PrivateText(4243, 7303, "/start"), Secret));
        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(new Uri(listener, $"/webhook/test/{Secret}"), PrivateText(4244, 7303, "/start")));
        await using var db = host.Database.NewContext();
        Assert.Equal(0, await db.InboxUpdates.CountAsync());
    }

    [Fact]
    public async Task Bale_SecretInThePath_IsAnsweredAndAWrongPathIsRefused()
    {
        var (host, listener) = await StartAsync("Bale");
        await using var _ = host;
        const long user = 7304;

        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(new Uri(listener, "/webhook/test/wrong-secret_0123456789-abcdefghijklmn"), PrivateText(4245, user, "/start")));
        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(new Uri(listener, "/webhook/test"), PrivateText(4246, user, "/start"), Secret));

        host.Chat.SendText(user, "/help");
        Assert.StartsWith(MainMenuTexts.HelpText, (await host.Chat.WaitForBotMessageAsync(user)).Text);
        Assert.Equal(new Uri(listener, $"/webhook/test/{Secret}").ToString(), host.Chat.WebhookUrl);
        Assert.Single(host.Chat.Messages(user), m => m.FromBot);
        await using var db = host.Database.NewContext();
        Assert.Equal(1, await db.InboxUpdates.CountAsync());
    }

    [Fact]
    public async Task MalformedBody_IsAcknowledgedAndStoresNothing()
    {
        var (host, listener) = await StartAsync();
        await using var _ = host;

        // 200 so the messenger does not send it forever; nothing is stored.
        Assert.Equal(HttpStatusCode.OK, await PostAsync(new Uri(listener, "/webhook/test"), "{not json", Secret));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(new Uri(listener, "/webhook/test"),
            """{"update_id":4247,"message":{"message_id":"not a number","date":"yesterday"}}""", Secret));

        await using var db = host.Database.NewContext();
        Assert.Equal(0, await db.InboxUpdates.CountAsync());
    }

    [Fact]
    public async Task StoreFailure_Answers503_AndTheRedeliveryIsAnswered()
    {
        var (host, _) = await StartAsync();
        await using var _host = host;
        var user = host.Sandbox.Emulator.AddUser().Id;
        await using (var db = host.Database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"InboxUpdates\" RENAME TO \"InboxUpdatesAway\"");
        }

        host.Chat.SendText(user, "/start");
        await host.Chat.WaitForWebhookAnswerAsync(503);
        await using (var db = host.Database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"InboxUpdatesAway\" RENAME TO \"InboxUpdates\"");
        }

        // The sandbox tries again, as the messenger does after any non-2xx.
        Assert.Equal(MainMenuTexts.Welcome, (await host.Chat.WaitForBotMessageAsync(user)).Text);
    }

    [Fact]
    public async Task PollingMode_WithAWebhookLeftSet_DeletesItAndPolls()
    {
        await using var host = await BotTestHost.StartAsync(h =>
            h.Chat.InvokeAsync("setWebhook", BotApiArguments.FromJson(new JsonObject { ["url"] = "http://127.0.0.1:9/webhook/test" }))
                .GetAwaiter().GetResult());
        var user = host.Sandbox.Emulator.AddUser().Id;
        host.Chat.SendText(user, "/start");

        Assert.Equal(MainMenuTexts.Welcome, (await host.Chat.WaitForBotMessageAsync(user)).Text);
        Assert.Null(host.Chat.WebhookUrl);
    }
}
