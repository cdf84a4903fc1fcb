using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Data;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Announcements;

public sealed class SubscriptionServiceOnSqliteTests() : SubscriptionServiceTests(DatabaseProvider.Sqlite);

// The code under test has no provider-specific branch: the full suite runs this twin, the fast loop leaves it out.
[Trait("Category", "Slow")]
public sealed class SubscriptionServiceOnPostgresTests() : SubscriptionServiceTests(DatabaseProvider.Postgres);

public abstract class SubscriptionServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly TestDatabase database = TestDatabase.Migrated(provider);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private AppDbContext db = null!;

    public Task InitializeAsync()
    {
        db = database.NewContext();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task ToggleAndSwitch_ThenCommitted_KeepTopicsWhileOff()
    {
        var service = new SubscriptionService(db, time);
        await service.ToggleTopicAsync("test", 5, 5, AnnouncementTopic.Children);
        await service.ToggleTopicAsync("test", 5, 5, AnnouncementTopic.LibraryNews);
        await service.ToggleTopicAsync("test", 5, 5, AnnouncementTopic.Children);
        await service.SwitchAsync("test", 5, 5, on: false);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var stored = await new SubscriptionService(db, time).GetAsync("test", 5);

        Assert.NotNull(stored);
        Assert.Equal(AnnouncementTopic.LibraryNews, stored.Topics);
        Assert.True(stored.Off);
    }

    [Fact]
    public void Names_EverySingleTopic_HasAPersianName()
    {
        Assert.Equal(8, AnnouncementTopics.Each.Count);
        Assert.All(AnnouncementTopics.Each, t => Assert.False(string.IsNullOrWhiteSpace(AnnouncementTopicNames.Of(t))));
        Assert.All(AnnouncementTopics.Each, t => Assert.True(AnnouncementTopics.IsSingle(t)));
    }
}
