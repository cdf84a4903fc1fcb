using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Membership;

/// <summary>Linking a second messenger to a membership, and where the member's notices go afterwards.</summary>
public sealed class MemberAccountsOnSqliteTests() : MemberAccountsTests(DatabaseProvider.Sqlite);

// The subqueries that find a person's accounts must translate on both providers.
[Trait("Category", "Slow")]
public sealed class MemberAccountsOnPostgresTests() : MemberAccountsTests(DatabaseProvider.Postgres);

public abstract class MemberAccountsTests(DatabaseProvider provider) : IAsyncLifetime
{
    // Seed.Member 1 on «telegram»: user and chat 1, phone +989120000001, national ID 0000000001.
    private const string NationalId = "0000000001";
    private const string Phone = "+989120000001";

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero));
    private DomainServices services = null!;
    private AppDbContext db = null!;
    private int memberId;

    public async Task InitializeAsync()
    {
        services = await DomainServices.StartAsync(time, provider);
        db = services.Db;
        var library = Seed.Library("مهران");
        db.Libraries.Add(library);
        await db.SaveChangesAsync();
        var member = Seed.Member(library.Id, 1, bot: "telegram", createdAt: time.GetUtcNow().UtcDateTime.AddDays(-30));
        db.Members.Add(member);
        await db.SaveChangesAsync();
        memberId = member.Id;
    }

    public Task DisposeAsync() => services.DisposeAsync().AsTask();

    private MemberAccounts Accounts() => services.Scope.Get<MemberAccounts>();

    private Task<LinkResult> LinkOnBaleAsync(string? phone, long? contactUserId) =>
        Accounts().LinkAsync("bale", 77, 77, NationalId, phone, contactUserId, CancellationToken.None);

    [Theory]
    [InlineData("989120000001")]
    [InlineData("+98 912 000 0001")]
    public async Task Link_OwnContactWithTheNumberOnRecord_AddsTheAccountAndReachesThemThere(string shared)
    {
        var result = await LinkOnBaleAsync(shared, 77);
        await db.SaveChangesAsync();

        Assert.Equal((LinkOutcome.Linked, memberId), (result.Outcome, result.Member!.Id));
        var accounts = await db.MemberAccounts.AsNoTracking().Where(a => a.MemberId == memberId).OrderBy(a => a.BotName).ToListAsync();
        Assert.Equal([("bale", 77L), ("telegram", 1L)], accounts.Select(a => (a.BotName, a.UserId)));
        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId);
        Assert.Equal(("bale", 77L), (member.BotName, member.UserId!.Value));
        var membership = services.Scope.Get<MembershipService>();
        Assert.Equal(memberId, (await membership.FindAsync("telegram", 1, CancellationToken.None))!.Id);
        Assert.Equal(memberId, (await membership.FindAsync("bale", 77, CancellationToken.None))!.Id);
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(null)]
    public async Task Link_ContactThatIsNotTheSendersOwn_IsRefused(long? contactUserId)
    {
        Assert.Equal(LinkOutcome.NotOwnContact, (await LinkOnBaleAsync(Phone, contactUserId)).Outcome);
        Assert.Equal(LinkOutcome.NotOwnContact, (await LinkOnBaleAsync(null, 77)).Outcome);
        await db.SaveChangesAsync();
        Assert.False(await db.MemberAccounts.AnyAsync(a => a.BotName == "bale"));
    }

    [Fact]
    public async Task Link_OwnNumberThatIsNotOnRecord_IsRefused()
    {
        Assert.Equal(LinkOutcome.PhoneMismatch, (await LinkOnBaleAsync("+989351112233", 77)).Outcome);
        await db.SaveChangesAsync();
        Assert.False(await db.MemberAccounts.AnyAsync(a => a.BotName == "bale"));
        Assert.Equal("telegram", (await db.Members.AsNoTracking().SingleAsync()).BotName);
    }

    [Fact]
    public async Task Notice_AfterTheMemberUsedTheOtherMessenger_GoesToTheOneUsedLast()
    {
        await LinkOnBaleAsync(Phone, 77);
        await db.SaveChangesAsync();

        // Back on Telegram an hour later: notices follow.
        time.Advance(TimeSpan.FromHours(2));
        await Accounts().TouchAsync("telegram", 1, 1, CancellationToken.None);
        await db.SaveChangesAsync();
        db.OutboxMessages.Add(OutboxMessage.Create("bale", 77, new OutgoingText("یادآوری"), time.GetUtcNow().UtcDateTime, OutboxKind.Reminder));
        db.OutboxMessages.Add(OutboxMessage.Create("bale", 77, new OutgoingText("پاسخ"), time.GetUtcNow().UtcDateTime, OutboxKind.Reply));
        await db.SaveChangesAsync();

        var rows = await db.OutboxMessages.AsNoTracking().OrderBy(o => o.Id).Select(o => new { o.Kind, o.BotName, o.ChatId }).ToListAsync();
        Assert.Equal((OutboxKind.Reminder, "telegram", 1L), (rows[0].Kind, rows[0].BotName, rows[0].ChatId));
        Assert.Equal((OutboxKind.Reply, "bale", 77L), (rows[1].Kind, rows[1].BotName, rows[1].ChatId));
    }

    [Fact]
    public async Task Unlink_TheAccountUsedLast_TheOtherReachesThemAndTheUnlinkedOneIsNoMember()
    {
        await LinkOnBaleAsync(Phone, 77);
        await db.SaveChangesAsync();
        var bale = await db.MemberAccounts.SingleAsync(a => a.BotName == "bale");

        Assert.NotNull(await Accounts().UnlinkAsync(memberId, bale.Id, CancellationToken.None));
        await db.SaveChangesAsync();

        Assert.Equal("telegram", (await db.Members.AsNoTracking().SingleAsync()).BotName);
        Assert.Null(await services.Scope.Get<MembershipService>().FindAsync("bale", 77, CancellationToken.None));
        Assert.Null(await Accounts().UnlinkAsync(memberId, bale.Id, CancellationToken.None));
    }
}
