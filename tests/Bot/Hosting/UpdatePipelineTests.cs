using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.Counseling;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;
using RahZendegi.Tests.Support;
using Stateless.Reflection;

namespace RahZendegi.Tests.Bot.Hosting;

/// <summary>The guarantees of the update path, shown through the real worker and the sandbox over HTTP.</summary>
public sealed class UpdatePipelineOnSqliteTests() : UpdatePipelineTests(DatabaseProvider.Sqlite);

public sealed class UpdatePipelineOnPostgresTests() : UpdatePipelineTests(DatabaseProvider.Postgres);

public abstract class UpdatePipelineTests(DatabaseProvider provider)
{
    private static string PrivateText(int updateId, long user, string text) => $$$"""
        {"update_id":{{{updateId}}},"message":{"message_id":{{{updateId}}},"date":1764300000,
         "chat":{"id":{{{user}}},"type":"private","first_name":"Ali"},
         "from":{"id":{{{user}}},"is_bot":false,"first_name":"Ali"},"text":"{{{text}}}"}}
        """;

    [Fact]
    public async Task Restart_MidConversation_ResumesWhereItWas()
    {
        await using var host = await BotTestHost.StartAsync(provider: provider);
        var user = host.Sandbox.Emulator.AddUser().Id;
        host.Chat.SendText(user, "راهنما");
        Assert.StartsWith(MainMenuTexts.HelpText, (await host.Chat.WaitForBotMessageAsync(user)).Text);

        await host.RestartAsync();
        host.Chat.SendText(user, "بازگشت");

        // «بازگشت» from the help page leads to the menu; from the menu itself it would say so instead.
        Assert.Equal(MainMenuTexts.MenuPrompt, (await host.Chat.WaitForBotMessageAsync(user)).Text);
    }

    [Fact]
    public async Task SameUpdate_DeliveredTwice_IsHandledAndAnsweredOnce()
    {
        await using var host = await BotTestHost.StartAsync(provider: provider);
        const long user = 7001;
        host.Chat.EnqueueRawUpdate(PrivateText(500, user, "/start"));
        await host.Chat.WaitForBotMessageAsync(user, m => m.Text == MainMenuTexts.Welcome);

        host.Chat.EnqueueRawUpdate(PrivateText(500, user, "/start"));
        host.Chat.SendText(user, "/help");
        await host.Chat.WaitForBotMessageAsync(user, m => m.Text?.StartsWith(MainMenuTexts.HelpText, StringComparison.Ordinal) == true);

        Assert.Single(host.Chat.Messages(user), m => m.FromBot && m.Text == MainMenuTexts.Welcome);
        await using var db = host.Database.NewContext();
        Assert.Equal(1, await db.InboxUpdates.CountAsync(u => u.UpdateId == 500));
    }

    [Fact]
    public async Task HandledBatch_ReplayedAfterARestart_ChangesNothingAndSendsNothingTwice()
    {
        await using var host = await BotTestHost.StartAsync(provider: provider);
        var users = Enumerable.Range(7100, 10).Select(u => (long)u).ToList();
        var batch = users.Select((user, i) => PrivateText(600 + i, user, "/start")).ToList();
        batch.ForEach(update => host.Chat.EnqueueRawUpdate(update));
        foreach (var user in users)
        {
            await host.Chat.WaitForBotMessageAsync(user, m => m.Text == MainMenuTexts.Welcome);
        }

        await using (var db = host.Database.NewContext())
        {
            Assert.Equal(10, await db.OutboxMessages.CountAsync());
        }

        // The platform never heard the confirmation: after the restart it delivers the whole batch again.
        await host.RestartAsync();
        batch.ForEach(update => host.Chat.EnqueueRawUpdate(update));
        foreach (var user in users)
        {
            host.Chat.SendText(user, "/help");
        }

        // A person's updates are handled in order: their help came after the replayed /start was dealt with.
        foreach (var user in users)
        {
            await host.Chat.WaitForBotMessageAsync(user, m => m.Text?.StartsWith(MainMenuTexts.HelpText, StringComparison.Ordinal) == true);
            Assert.Single(host.Chat.Messages(user), m => m.FromBot && m.Text == MainMenuTexts.Welcome);
        }

        await using var after = host.Database.NewContext();
        Assert.Equal(10, await after.InboxUpdates.CountAsync(u => u.UpdateId >= 600 && u.UpdateId < 610));
        Assert.Equal(20, await after.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task UnparseableUpdate_InABatch_DoesNotStallOtherUsers()
    {
        await using var host = await BotTestHost.StartAsync(h => h.Settings["Pipeline:LongPollSeconds"] = "0", provider);
        var user = host.Sandbox.Emulator.AddUser().Id;
        host.Chat.EnqueueRawUpdate("""{"update_id":900,"message":{"message_id":"not a number","date":"yesterday"}}""");
        host.Chat.SendText(user, "/start");

        Assert.Equal(MainMenuTexts.Welcome, (await host.Chat.WaitForBotMessageAsync(user)).Text);
    }

    [Fact]
    public async Task UpdateId_RestartingLower_IsStillHandled()
    {
        await using var host = await BotTestHost.StartAsync(provider: provider);
        var user = host.Sandbox.Emulator.AddUser().Id;
        host.Chat.SetNextUpdateId(1_000_000);
        host.Chat.SendText(user, "/start");
        await host.Chat.WaitForBotMessageAsync(user);

        // After a quiet week Telegram starts update_id again at random, possibly lower.
        host.Chat.SetNextUpdateId(42);
        host.Chat.SendText(user, "/help");

        Assert.StartsWith(MainMenuTexts.HelpText, (await host.Chat.WaitForBotMessageAsync(user)).Text);
    }

    [Fact]
    public async Task OneUsersUpdates_AreAnsweredInOrder_WhileOthersRunInParallel()
    {
        await using var host = await BotTestHost.StartAsync(provider: provider);
        var users = Enumerable.Range(0, 20).Select(_ => host.Sandbox.Emulator.AddUser().Id).ToList();
        foreach (var user in users)
        {
            host.Chat.SendText(user, "/start");
            host.Chat.SendText(user, "/help");
            host.Chat.SendText(user, "بازگشت");
        }

        foreach (var user in users)
        {
            Assert.Equal(MainMenuTexts.Welcome, (await host.Chat.WaitForBotMessageAsync(user)).Text);
            Assert.StartsWith(MainMenuTexts.HelpText, (await host.Chat.WaitForBotMessageAsync(user)).Text);
            Assert.Equal(MainMenuTexts.MenuPrompt, (await host.Chat.WaitForBotMessageAsync(user)).Text);
        }
    }

    [Fact]
    public async Task HungHandler_MissesItsDeadline_UserIsAskedToTryAgainAndNextUpdateIsHandled()
    {
        var release = new TaskCompletionSource();
        await using var host = await BotTestHost.StartAsync(h =>
        {
            h.Settings["Pipeline:UpdateDeadline"] = "00:00:00.300";
            h.ConfigureServices = services =>
            {
                services.RemoveAll<IFlow>();
                services.AddScoped<IFlow>(_ => new HangingFlow(release.Task));
            };
        }, provider);
        var user = host.Sandbox.Emulator.AddUser().Id;

        host.Chat.SendText(user, "/start");

        Assert.Equal(CommonTexts.SomethingWentWrong, (await host.Chat.WaitForBotMessageAsync(user)).Text);
        release.SetResult();
        host.Chat.SendText(user, "/help");
        Assert.StartsWith(MainMenuTexts.HelpText, (await host.Chat.WaitForBotMessageAsync(user)).Text);
    }

    [Fact]
    public async Task Reply_WhenSendingFailsOnce_IsSentAfterRetry()
    {
        await using var host = await BotTestHost.StartAsync(provider: provider);
        var user = host.Sandbox.Emulator.AddUser().Id;
        host.Chat.FailNext("sendMessage", 502, "Bad Gateway");

        host.Chat.SendText(user, "/start");

        Assert.Equal(MainMenuTexts.Welcome, (await host.Chat.WaitForBotMessageAsync(user)).Text);
        await host.WaitForOutboxAsync(db => db.OutboxMessages.AnyAsync(m => m.ChatId == user && m.Status != OutboxStatus.Pending));
        await using var db = host.Database.NewContext();
        var sent = await db.OutboxMessages.SingleAsync(m => m.ChatId == user);
        Assert.Equal((OutboxStatus.Sent, 2), (sent.Status, sent.Attempts));
    }

    [Fact]
    public async Task Reply_ToAUserWhoBlockedTheBot_MarksThemUnreachable()
    {
        await using var host = await BotTestHost.StartAsync(provider: provider);
        var user = host.Sandbox.Emulator.AddUser().Id;
        host.Chat.BlockBot(user);

        host.Chat.SendText(user, "/start");

        await host.Chat.WaitForErrorAnswerAsync("sendMessage", 403);
        await host.WaitForOutboxAsync(db => db.OutboxMessages.AnyAsync(m => m.ChatId == user && m.Status != OutboxStatus.Pending));
        await using var db = host.Database.NewContext();
        Assert.True(await db.Conversations.AnyAsync(c => c.UserId == user && c.Unreachable));
        var reply = await db.OutboxMessages.SingleAsync(m => m.ChatId == user);
        Assert.Equal((OutboxStatus.Failed, OutboxKind.Reply, true), (reply.Status, reply.Kind, DeliveryErrors.IsBlocked(reply.Error)));
    }


    /// <summary>A flow that ignores its deadline, as a bug or a stuck dependency would.</summary>
    private sealed class HangingFlow(Task release) : IFlow
    {
        public string Name => MainMenuFlow.FlowName;

        public async Task StartAsync(FlowContext context, string? payload)
        {
            if (payload is null)
            {
                await release;
            }

            await new MainMenuFlow(Options.Create(new EmergencyLinesOptions())).StartAsync(context, payload);
        }

        public Task HandleAsync(FlowContext context, UserInput input) => new MainMenuFlow(Options.Create(new EmergencyLinesOptions())).HandleAsync(context, input);

        public StateMachineInfo Describe() => new MainMenuFlow(Options.Create(new EmergencyLinesOptions())).Describe();
    }
}
