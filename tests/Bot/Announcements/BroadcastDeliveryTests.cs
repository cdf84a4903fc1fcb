using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RahZendegi.Bot.Announcements;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Conversations;
using RahZendegi.Tests.Support;
using RahZendegi.Domain.Data;

namespace RahZendegi.Tests.Bot.Announcements;

/// <summary>
/// A broadcast to thousands through the real worker and the sandbox with its rate limits on: each reachable
/// person gets it once, the platform never answers 429, and blocked people are marked unreachable. A thousand
/// people keep the sender at the limit for about three seconds of windows, as more would, in less test time.
/// </summary>
public sealed class BroadcastDeliveryOnSqliteTests() : BroadcastDeliveryTests(DatabaseProvider.Sqlite);

public sealed class BroadcastDeliveryOnPostgresTests() : BroadcastDeliveryTests(DatabaseProvider.Postgres);

[Trait("Category", "Slow")]
public abstract class BroadcastDeliveryTests(DatabaseProvider provider)
{
    private const int Subscribers = 1_000;
    private const long FirstUser = 100_001;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private static readonly long[] Blocked = [.. Enumerable.Range(0, 20).Select(k => FirstUser + 7 + k * 25)];

    private Task<BotTestHost> StartAsync(int broadcastsPerSecond = 350) => BotTestHost.StartAsync(provider: provider, arrange: h =>
    {
        // Fast limits so that thousands of messages take seconds; the sender keeps under the sandbox's.
        h.Settings["Pipeline:BroadcastsPerSecondPerBot"] = $"{broadcastsPerSecond}";
    });

    private static async Task<int> SeedAndBroadcastAsync(BotTestHost host)
    {
        host.Chat.SetRateLimit(400, 1);
        foreach (var user in Blocked)
        {
            host.Chat.BlockBot(user);
        }

        await using (var db = host.Database.NewContext())
        {
            var now = DateTime.UtcNow;
            for (var user = FirstUser; user < FirstUser + Subscribers; user++)
            {
                db.Conversations.Add(new ConversationState { BotName = BotTestHost.BotName, UserId = user, ChatId = user, Flow = "MainMenu", State = "Menu", LastActivityAt = now });
                db.Subscriptions.Add(new Subscription { BotName = BotTestHost.BotName, UserId = user, ChatId = user, Topics = AnnouncementTopic.LibraryNews, UpdatedAt = now });
            }

            await db.SaveChangesAsync();
        }

        await using var scope = host.Services.CreateAsyncScope();
        var broadcasts = scope.ServiceProvider.GetRequiredService<BroadcastService>();
        var created = broadcasts.Create(new BroadcastDraft("کتابخانه از شنبه تا ساعت ۲۰ باز است.", new(AnnouncementTopic.LibraryNews), "operator"));
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        await broadcasts.ExpandDueAsync();
        return created.Broadcast!.Id;
    }

    private static async Task AssertDeliveredOnceAsync(BotTestHost host, int broadcastId)
    {
        // A graceful restart records every send in flight, so the outbox is final and nothing is sent again.
        await host.RestartAsync();
        for (var user = FirstUser; user < FirstUser + Subscribers; user++)
        {
            Assert.Equal(Blocked.Contains(user) ? 0 : 1, host.Chat.Messages(user).Count(m => m.FromBot));
        }

        Assert.Equal(Subscribers - Blocked.Length, host.Chat.BotMessagesSent);
        Assert.Equal(0, host.Chat.ErrorAnswers(429));
        await using var scope = host.Services.CreateAsyncScope();
        Assert.Equal(new BroadcastProgress(Subscribers, Subscribers - Blocked.Length, Blocked.Length, 0),
            await scope.ServiceProvider.GetRequiredService<BroadcastService>().ProgressAsync(broadcastId));
        await using var db = host.Database.NewContext();
        Assert.Equal(Blocked.Order(), await db.Conversations.Where(c => c.Unreachable).Select(c => c.UserId).OrderBy(u => u).ToListAsync());
    }

    [Fact]
    public async Task Broadcast_ToAThousandUnderRateLimits_ReachesEachReachablePersonOnceWithout429()
    {
        await using var host = await StartAsync();
        var broadcastId = await SeedAndBroadcastAsync(host);

        await host.Chat.WaitForBotMessagesSentAsync(Subscribers - Blocked.Length, Patience);

        await AssertDeliveredOnceAsync(host, broadcastId);
    }

    [Fact]
    public async Task Reply_AskedForDuringALongBroadcast_ArrivesBeforeTheBroadcastEnds()
    {
        // A slower broadcast is as long with fewer people; the test ends with the reply, not with the broadcast.
        await using var host = await StartAsync(broadcastsPerSecond: 100);
        await SeedAndBroadcastAsync(host);
        await host.Chat.WaitForBotMessagesSentAsync(200, Patience);

        var person = host.Sandbox.Emulator.AddUser().Id;
        host.Chat.SendText(person, "/start");
        await host.Chat.WaitForBotMessageAsync(person, timeout: Patience);

        // About 8 s of broadcast remained at this pace: the reply did not queue behind it.
        Assert.True(host.Chat.BotMessagesSent < Subscribers - Blocked.Length, $"{host.Chat.BotMessagesSent} broadcast messages went before the reply.");
    }

    [Fact]
    public async Task Broadcast_HostRestartedHalfWay_FinishesWithEachPersonReachedOnce()
    {
        await using var host = await StartAsync();
        var broadcastId = await SeedAndBroadcastAsync(host);

        await host.Chat.WaitForBotMessagesSentAsync(Subscribers / 2, Patience);
        await host.RestartAsync();
        await host.Chat.WaitForBotMessagesSentAsync(Subscribers - Blocked.Length, Patience);

        await AssertDeliveredOnceAsync(host, broadcastId);
    }
}
