using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Messaging;
using RahZendegi.Tests.Support;
using RahZendegi.Domain.Data;

namespace RahZendegi.Tests.Domain.Messaging;

public sealed class MessagingHousekeepingOnSqliteTests() : MessagingHousekeepingTests(DatabaseProvider.Sqlite);

// The code under test has no provider-specific branch: the full suite runs this twin, the fast loop leaves it out.
[Trait("Category", "Slow")]
public sealed class MessagingHousekeepingOnPostgresTests() : MessagingHousekeepingTests(DatabaseProvider.Postgres);

public abstract class MessagingHousekeepingTests(DatabaseProvider provider)
{
    private static readonly DateTime Now = new(2026, 11, 28, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Prune_OldHandledAndFinishedRows_KeepsWhatIsPendingOrRecent()
    {
        using var database = TestDatabase.Migrated(provider);
        await using var db = database.NewContext();
        InboxUpdate Update(long id, DateTime? handled) => new() { BotName = "t", UpdateId = id, Payload = "{}", ReceivedAt = Now.AddDays(-10), HandledAt = handled };
        db.InboxUpdates.AddRange(Update(1, Now.AddDays(-4)), Update(2, Now.AddDays(-1)), Update(3, null));
        OutboxMessage Message(OutboxStatus status, int daysAgo)
        {
            var message = OutboxMessage.Create("t", 1, new OutgoingText("سلام"), Now.AddDays(-daysAgo), OutboxKind.Reply);
            message.Status = status;
            return message;
        }

        db.OutboxMessages.AddRange(Message(OutboxStatus.Sent, 31), Message(OutboxStatus.Failed, 40), Message(OutboxStatus.Sent, 2), Message(OutboxStatus.Pending, 60));
        await db.SaveChangesAsync();

        var pruned = await new MessagingHousekeeping(db, new FakeTimeProvider(Now)).PruneAsync(CancellationToken.None);

        Assert.Equal((1, 2), pruned);
        Assert.Equal([2L, 3L], await db.InboxUpdates.Select(u => u.UpdateId).OrderBy(id => id).ToListAsync());
        Assert.Equal(2, await db.OutboxMessages.CountAsync());
    }
}
