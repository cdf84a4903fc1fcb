using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Conversations;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Announcements;

/// <summary>Who a broadcast reaches, and that each recipient's copy is written once however often the expansion runs.</summary>
public sealed class BroadcastServiceOnSqliteTests() : BroadcastServiceTests(DatabaseProvider.Sqlite);

// The code under test has no provider-specific branch: the full suite runs this twin, the fast loop leaves it out.
[Trait("Category", "Slow")]
public sealed class BroadcastServiceOnPostgresTests() : BroadcastServiceTests(DatabaseProvider.Postgres);

public abstract class BroadcastServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Bot = "test";
    private static readonly DateTime Now = new(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);

    private readonly FakeTimeProvider time = new(Now);
    private DomainServices services = null!;
    private AppDbContext db = null!;
    private int ivan;
    private int ilam;

    public async Task InitializeAsync()
    {
        services = await DomainServices.StartAsync(time, provider);
        db = services.Db;
        var first = Seed.Library("ایوان");
        var second = Seed.Library("ایلام", "کتابخانه مرکزی ایلام");
        db.AddRange(first, second);
        await db.SaveChangesAsync();
        (ivan, ilam) = (first.Id, second.Id);
    }

    public Task DisposeAsync() => services.DisposeAsync().AsTask();

    private BroadcastService Service()
    {
        db.ChangeTracker.Clear();
        return services.Scope.Get<BroadcastService>();
    }

    private async Task SubscribeAsync(long user, AnnouncementTopic topics, int? library, bool off = false, bool unreachable = false,
        MemberCategory? verified = null, string bot = Bot)
    {
        db.Conversations.Add(new ConversationState { BotName = bot, UserId = user, ChatId = user, Flow = "MainMenu", State = "Menu", Unreachable = unreachable });
        db.Subscriptions.Add(new Subscription { BotName = bot, UserId = user, ChatId = user, Topics = topics, LibraryId = library, Off = off, UpdatedAt = Now });
        if (verified is { } category)
        {
            db.Members.Add(Seed.Member(ivan, user, category, CategoryStatus.Verified, bot, createdAt: Now));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Creates and commits the broadcast, as the panel does.</summary>
    private async Task<Broadcast> CreateAsync(BroadcastAudience audience, string text = "کارگاه کارآفرینی پنجشنبه برگزار می‌شود.", DateTime? scheduledAt = null)
    {
        var creation = Service().Create(new BroadcastDraft(text, audience, "operator", scheduledAt));
        await db.SaveChangesAsync();
        return creation.Broadcast ?? throw new InvalidOperationException(creation.Error);
    }

    [Fact]
    public async Task Cancel_BeforeItStarts_NobodyReceivesItAndItCannotBeChangedAfter()
    {
        await SubscribeAsync(1, AnnouncementTopic.Children, ivan);
        var broadcast = await CreateAsync(new(AnnouncementTopic.Children, ivan), scheduledAt: Now.AddHours(2));

        Assert.True(await Service().CancelAsync(broadcast.Id));
        time.Advance(TimeSpan.FromHours(3));

        Assert.Equal(0, await Service().ExpandDueAsync());
        Assert.False(await Service().CancelAsync(broadcast.Id));
        var edit = await Service().EditAsync(broadcast.Id, new BroadcastDraft("متن تازه", new(AnnouncementTopic.Children, ivan), "operator"), keepPhoto: true);
        Assert.Equal(BroadcastNotices.AlreadyStarted, edit.Error);
        Assert.Equal(BroadcastStatus.Cancelled, (await db.Broadcasts.AsNoTracking().SingleAsync(b => b.Id == broadcast.Id)).Status);
        Assert.Empty(db.OutboxMessages.Where(m => m.BroadcastId == broadcast.Id));
    }

    [Fact]
    public async Task Edit_BeforeItStarts_SendsTheNewTextWithTheUploadedPhoto_AndAPhotoMustBeAnImage()
    {
        await SubscribeAsync(1, AnnouncementTopic.Children, ivan);
        var broadcast = await CreateAsync(new(AnnouncementTopic.Children, ivan), scheduledAt: Now.AddHours(2));
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10];

        var notImage = await Service().EditAsync(broadcast.Id, new BroadcastDraft("متن تازه", new(AnnouncementTopic.Children, ivan), "operator", Now.AddHours(1), [1, 2, 3]), keepPhoto: true);
        var changed = await Service().EditAsync(broadcast.Id, new BroadcastDraft("متن تازه", new(AnnouncementTopic.Children, ivan), "operator", Now.AddHours(1), png), keepPhoto: true);
        time.Advance(TimeSpan.FromMinutes(61));

        Assert.Equal(BroadcastNotices.PhotoNotImage, notImage.Error);
        Assert.Null(changed.Error);
        Assert.Equal(1, await Service().ExpandDueAsync());
        var row = await db.Broadcasts.AsNoTracking().SingleAsync(b => b.Id == broadcast.Id);
        Assert.Equal("متن تازه", row.Text);
        Assert.Equal(png, row.Photo);
        var message = (OutgoingPhoto)Outgoing.Deserialize(db.OutboxMessages.AsNoTracking().Single(m => m.BroadcastId == broadcast.Id).Payload);
        Assert.Equal("متن تازه", message.Caption);
    }

    [Fact]
    public async Task Expand_AMemberSubscribedOnBothMessengers_GetsOneCopyOnTheOneUsedLast_AcrossSeveralBatches()
    {
        // Subscribed on Telegram ("test", user 1) and on Bale (user 1001); Bale was used last.
        var member = Seed.Member(ivan, 1);
        (member.BotName, member.UserId, member.ChatId) = ("bale", 1001, 1001);
        db.Members.Add(member);
        await db.SaveChangesAsync();
        db.MemberAccounts.AddRange(
            new MemberAccount { MemberId = member.Id, BotName = Bot, UserId = 1, ChatId = 1, LinkedAt = Now, LastUsedAt = Now.AddDays(-1) },
            new MemberAccount { MemberId = member.Id, BotName = "bale", UserId = 1001, ChatId = 1001, LinkedAt = Now, LastUsedAt = Now });
        db.Subscriptions.AddRange(
            new Subscription { BotName = Bot, UserId = 1, ChatId = 1, Topics = AnnouncementTopic.Children, UpdatedAt = Now },
            new Subscription { BotName = "bale", UserId = 1001, ChatId = 1001, Topics = AnnouncementTopic.Children, UpdatedAt = Now });

        // More people than one batch holds, on a bot ordered between the two, so the member's two subscriptions fall in different batches.
        var others = BroadcastService.ExpansionBatch + 100;
        db.Subscriptions.AddRange(Enumerable.Range(2, others).Select(u => new Subscription
        {
            BotName = "kbot", UserId = u, ChatId = u, Topics = AnnouncementTopic.Children, UpdatedAt = Now,
        }));
        await db.SaveChangesAsync();
        var broadcast = await CreateAsync(new(AnnouncementTopic.Children));

        Assert.Equal(others + 1, await Service().AudienceCountAsync(new(AnnouncementTopic.Children)));
        Assert.Equal(others + 1, await Service().ExpandDueAsync());
        Assert.Equal(0, await Service().ExpandDueAsync());

        var copies = await db.OutboxMessages.AsNoTracking().Where(m => m.BroadcastId == broadcast.Id).ToListAsync();
        Assert.Equal(others + 1, copies.Count);
        Assert.Single(copies, m => m.ChatId is 1 or 1001);
        Assert.Contains(copies, m => (m.BotName, m.ChatId) == ("bale", 1001));
        Assert.Equal(others + 1, (await db.Broadcasts.AsNoTracking().SingleAsync(b => b.Id == broadcast.Id)).RecipientCount);
    }

    [Fact]
    public async Task AudienceCount_ByTopicLibraryCategoryOffAndUnreachable_CountsOnlyMatchingReachablePeople()
    {
        await SubscribeAsync(1, AnnouncementTopic.BusinessAndJobs | AnnouncementTopic.Children, ivan);
        await SubscribeAsync(2, AnnouncementTopic.Children, ivan);
        await SubscribeAsync(3, AnnouncementTopic.BusinessAndJobs, ilam);
        await SubscribeAsync(4, AnnouncementTopic.BusinessAndJobs, ivan, off: true);
        await SubscribeAsync(5, AnnouncementTopic.BusinessAndJobs, ivan, unreachable: true);
        await SubscribeAsync(6, AnnouncementTopic.BusinessAndJobs, ivan, verified: MemberCategory.CommitteeClient);
        await SubscribeAsync(7, AnnouncementTopic.BusinessAndJobs, null);
        await SubscribeAsync(8, AnnouncementTopic.BusinessAndJobs, ivan, bot: "bale");
        var service = Service();

        Assert.Equal(5, await service.AudienceCountAsync(new(AnnouncementTopic.BusinessAndJobs)));
        Assert.Equal(4, await service.AudienceCountAsync(new(AnnouncementTopic.BusinessAndJobs, BotName: Bot)));
        Assert.Equal(3, await service.AudienceCountAsync(new(AnnouncementTopic.BusinessAndJobs, LibraryId: ivan)));
        Assert.Equal(1, await service.AudienceCountAsync(new(AnnouncementTopic.BusinessAndJobs, ivan, MemberCategory.CommitteeClient)));
        Assert.Equal(2, await service.AudienceCountAsync(new(AnnouncementTopic.BusinessAndJobs, ivan, MemberCategory.Public)));
        Assert.Equal(2, await service.AudienceCountAsync(new(AnnouncementTopic.Children)));
        Assert.Equal(0, await service.AudienceCountAsync(new(AnnouncementTopic.LibraryNews)));
    }

    [Fact]
    public void Create_TwoTopicsOrEmptyText_IsRefusedWithAReason()
    {
        var service = Service();

        var twoTopics = service.Create(new BroadcastDraft("خبر", new(AnnouncementTopic.Children | AnnouncementTopic.LibraryNews), "operator"));
        var empty = service.Create(new BroadcastDraft("  ", new(AnnouncementTopic.Children), "operator"));

        Assert.Equal(BroadcastNotices.OneTopic, twoTopics.Error);
        Assert.Equal(BroadcastNotices.EmptyText, empty.Error);
    }

    [Fact]
    public async Task ExpandDue_RunTwice_WritesOneBroadcastMessagePerRecipient()
    {
        for (var user = 1; user <= 30; user++)
        {
            await SubscribeAsync(user, AnnouncementTopic.LibraryNews, ivan);
        }

        var broadcast = await CreateAsync(new(AnnouncementTopic.LibraryNews));

        Assert.Equal(30, await Service().ExpandDueAsync());
        Assert.Equal(0, await Service().ExpandDueAsync());

        var messages = await db.OutboxMessages.Where(m => m.BroadcastId == broadcast.Id).ToListAsync();
        Assert.Equal(30, messages.Select(m => m.ChatId).Distinct().Count());
        Assert.All(messages, m => Assert.Equal(OutboxPriority.Broadcast, m.Priority));
        var stored = await db.Broadcasts.AsNoTracking().SingleAsync(b => b.Id == broadcast.Id);
        Assert.Equal((BroadcastStatus.Sending, 30), (stored.Status, stored.RecipientCount));
    }

    [Fact]
    public async Task ExpandDue_AfterACrashHalfWay_WritesOnlyTheMissingRecipients()
    {
        for (var user = 1; user <= 1_200; user++)
        {
            db.Subscriptions.Add(new Subscription { BotName = Bot, UserId = user, ChatId = user, Topics = AnnouncementTopic.Children, UpdatedAt = Now });
        }

        await db.SaveChangesAsync();
        var broadcast = await CreateAsync(new(AnnouncementTopic.Children));

        // As a crash would leave it: Expanding, with the first batch committed.
        await db.Broadcasts.Where(b => b.Id == broadcast.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BroadcastStatus.Expanding));
        db.OutboxMessages.AddRange(Enumerable.Range(1, BroadcastService.ExpansionBatch).Select(user => new OutboxMessage
        {
            BotName = Bot, ChatId = user, Priority = OutboxPriority.Broadcast, Payload = "{}", BroadcastId = broadcast.Id, CreatedAt = Now, NextAttemptAt = Now,
        }));
        await db.SaveChangesAsync();

        Assert.Equal(1_200 - BroadcastService.ExpansionBatch, await Service().ExpandDueAsync());
        Assert.Equal(1_200, await db.OutboxMessages.Where(m => m.BroadcastId == broadcast.Id).Select(m => m.ChatId).Distinct().CountAsync());
        Assert.Equal(1_200, await db.OutboxMessages.CountAsync(m => m.BroadcastId == broadcast.Id));
    }

    [Fact]
    public async Task OutboxMessage_SecondCopyForTheSameChat_IsRefusedByTheSchema()
    {
        var broadcast = await CreateAsync(new(AnnouncementTopic.Children));
        OutboxMessage Copy() => new() { BotName = Bot, ChatId = 9, Priority = OutboxPriority.Broadcast, Payload = "{}", BroadcastId = broadcast.Id };
        db.OutboxMessages.Add(Copy());
        await db.SaveChangesAsync();

        db.OutboxMessages.Add(Copy());

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task ExpandDue_ScheduledLater_WaitsForItsTime()
    {
        await SubscribeAsync(1, AnnouncementTopic.Children, ivan);
        await CreateAsync(new(AnnouncementTopic.Children), "قصه‌گویی کودکان", Now.AddHours(2));

        Assert.Equal(0, await Service().ExpandDueAsync());
        time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await Service().ExpandDueAsync());
    }

    [Fact]
    public async Task Progress_WhileAndAfterSending_CountsSentFailedAndLeftThenCompletes()
    {
        for (var user = 1; user <= 4; user++)
        {
            await SubscribeAsync(user, AnnouncementTopic.Children, ivan);
        }

        var broadcast = await CreateAsync(new(AnnouncementTopic.Children));
        await Service().ExpandDueAsync();
        var messages = await db.OutboxMessages.Where(m => m.BroadcastId == broadcast.Id).OrderBy(m => m.ChatId).ToListAsync();
        messages[0].Status = OutboxStatus.Sent;
        messages[1].Status = OutboxStatus.Failed;
        await db.SaveChangesAsync();

        Assert.Equal(new BroadcastProgress(4, 1, 1, 2), await Service().ProgressAsync(broadcast.Id));
        Assert.Equal(0, await Service().CompleteFinishedAsync());

        messages[2].Status = OutboxStatus.Sent;
        messages[3].Status = OutboxStatus.Sent;
        db.UpdateRange(messages[2], messages[3]);
        await db.SaveChangesAsync();

        Assert.Equal(new BroadcastProgress(4, 3, 1, 0), await Service().ProgressAsync(broadcast.Id));
        Assert.Equal(1, await Service().CompleteFinishedAsync());
        Assert.Equal(BroadcastStatus.Done, (await db.Broadcasts.AsNoTracking().SingleAsync(b => b.Id == broadcast.Id)).Status);
    }
}
