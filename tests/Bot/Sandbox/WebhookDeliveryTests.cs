using System.Net;
using System.Text.Json.Nodes;
using RahZendegi.Tests.Support;
using Telegram.Bot;

namespace RahZendegi.Tests.Bot.Sandbox;

/// <summary>The emulator delivers webhooks as Telegram does: one chat's updates in order, different chats' at once.</summary>
public sealed class WebhookDeliveryTests : SandboxServerTestBase
{
    private const long Sara = 5002;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Webhook_OneChatHeld_OtherChatsArriveAndTheHeldChatWaitsItsTurn()
    {
        Server.Emulator.AddUser(Sara, "سارا");
        var port = LoopbackPort.Free();
        using var listener = new HttpListener { Prefixes = { $"http://127.0.0.1:{port}/" } };
        listener.Start();
        var arrived = new List<string>();
        var aliArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var saraArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondOfAliArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseAli = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var serving = ServeAsync(listener, async text =>
        {
            lock (arrived)
                arrived.Add(text);
            if (text == "علی ۱")
                aliArrived.TrySetResult();
            if (text == "سارا ۱")
                saraArrived.TrySetResult();
            if (text == "علی ۲")
                secondOfAliArrived.TrySetResult();
            if (text == "علی ۱")
                await releaseAli.Task;
        });

        await Client.SetWebhook(url: $"http://127.0.0.1:{port}/hook");
        Bot.SendText(Ali, "علی ۱");
        Bot.SendText(Ali, "علی ۲");
        await aliArrived.Task.WaitAsync(Bound);
        Bot.SendText(Sara, "سارا ۱");

        // Ali's first update is not answered yet, and Sara's still arrives.
        await saraArrived.Task.WaitAsync(Bound);
        lock (arrived)
            Assert.Equal(["علی ۱", "سارا ۱"], arrived);

        releaseAli.SetResult();
        await secondOfAliArrived.Task.WaitAsync(Bound);
        await Client.DeleteWebhook();
        lock (arrived)
            Assert.Equal(["علی ۱", "سارا ۱", "علی ۲"], arrived);
        listener.Stop();
        await serving;
    }

    private static async Task ServeAsync(HttpListener listener, Func<string, Task> onUpdate)
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                using var reader = new StreamReader(context.Request.InputStream);
                var update = JsonNode.Parse(await reader.ReadToEndAsync())!;
                await onUpdate(update["message"]!["text"]!.GetValue<string>());
                context.Response.StatusCode = 200;
                context.Response.Close();
            });
        }
    }
}
