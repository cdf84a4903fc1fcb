using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Pricing;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Pricing;

// Needs the migration that adds the DiscountCodes table.
public sealed class DiscountCodesOnSqliteTests() : DiscountCodesTests(DatabaseProvider.Sqlite);

// The code under test has no provider-specific branch: the full suite runs this twin, the fast loop leaves it out.
[Trait("Category", "Slow")]
public sealed class DiscountCodesOnPostgresTests() : DiscountCodesTests(DatabaseProvider.Postgres);

public abstract class DiscountCodesTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);
    private readonly TestDatabase database = TestDatabase.Migrated(provider);

    public async Task InitializeAsync()
    {
        await using var db = database.NewContext();
        db.DiscountCodes.AddRange(
            new DiscountCode { Code = "EMDAD40", Percent = 40, ServiceKind = ServiceKind.Membership, UsageLimit = 1000, ExpiresAt = Now.AddYears(1) },
            new DiscountCode { Code = "OLD10", Percent = 10, ServiceKind = ServiceKind.Counseling, ExpiresAt = Now.AddDays(-1) },
            new DiscountCode { Code = "LAST1", Percent = 20, ServiceKind = ServiceKind.Workshop, UsageLimit = 1, TimesUsed = 1 },
            new DiscountCode { Code = "OFF50", Percent = 50, ServiceKind = ServiceKind.Workshop, Active = false });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        database.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("EMDAD40", ServiceKind.Membership, DiscountCodeCheck.Valid)]
    [InlineData("  emdad۴۰ ", ServiceKind.Membership, DiscountCodeCheck.Valid)]
    [InlineData("\u200Eemdad٤٠", ServiceKind.Membership, DiscountCodeCheck.Valid)]
    [InlineData("EMDAD40", ServiceKind.Counseling, DiscountCodeCheck.WrongService)]
    [InlineData("old10", ServiceKind.Counseling, DiscountCodeCheck.Expired)]
    [InlineData("LAST1", ServiceKind.Workshop, DiscountCodeCheck.UsedUp)]
    [InlineData("OFF50", ServiceKind.Workshop, DiscountCodeCheck.Inactive)]
    [InlineData("NOPE", ServiceKind.Workshop, DiscountCodeCheck.NotFound)]
    [InlineData("   ", ServiceKind.Workshop, DiscountCodeCheck.NotFound)]
    public async Task CheckAsync_TypedCode_ReportsWhatItIs(string typed, ServiceKind kind, DiscountCodeCheck expected)
    {
        await using var db = database.NewContext();

        var (check, code) = await new DiscountCodes(db).CheckAsync(typed, kind, Now, CancellationToken.None);

        Assert.Equal(expected, check);
        Assert.Equal(expected == DiscountCodeCheck.NotFound, code is null);
    }

    [Fact]
    public async Task TryRedeemAsync_UnderLimit_CountsOneUse()
    {
        var id = await IdOf("EMDAD40");
        await using (var db = database.NewContext())
        {
            Assert.True(await new DiscountCodes(db).TryRedeemAsync(id, CancellationToken.None));
            await db.SaveChangesAsync();
        }

        await using var check = database.NewContext();
        Assert.Equal(1, (await check.DiscountCodes.SingleAsync(c => c.Id == id)).TimesUsed);
    }

    [Fact]
    public async Task TryRedeemAsync_LimitReached_ReturnsFalseAndCountsNothing()
    {
        var id = await IdOf("LAST1");
        await using var db = database.NewContext();

        Assert.False(await new DiscountCodes(db).TryRedeemAsync(id, CancellationToken.None));
        Assert.Equal(1, (await db.DiscountCodes.AsNoTracking().SingleAsync(c => c.Id == id)).TimesUsed);
    }

    [Fact]
    public async Task TryRedeemAsync_ManyAtOnceForTheLastUses_OnlyTheLimitSucceeds()
    {
        await using (var arrange = database.NewContext())
        {
            arrange.DiscountCodes.Add(new DiscountCode { Code = "THREE", Percent = 30, ServiceKind = ServiceKind.Workshop, UsageLimit = 3 });
            await arrange.SaveChangesAsync();
        }

        var id = await IdOf("THREE");
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => RedeemRetryingConflictsAsync(id)));

        Assert.Equal(3, results.Count(r => r));
        await using var check = database.NewContext();
        Assert.Equal(3, (await check.DiscountCodes.SingleAsync(c => c.Id == id)).TimesUsed);
    }

    [Fact]
    public async Task Add_SameCodeInAnotherCase_IsRejectedByTheUniqueIndex()
    {
        await using var db = database.NewContext();
        db.DiscountCodes.Add(new DiscountCode { Code = "emdad40", Percent = 10, ServiceKind = ServiceKind.Workshop });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    /// <summary>As a person would: a commit that lost the race is tried again, until the code says no.</summary>
    private async Task<bool> RedeemRetryingConflictsAsync(int id)
    {
        while (true)
        {
            await using var db = database.NewContext();
            if (!await new DiscountCodes(db).TryRedeemAsync(id, CancellationToken.None))
            {
                return false;
            }

            try
            {
                await db.SaveChangesAsync();
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
            }
        }
    }

    private async Task<int> IdOf(string code)
    {
        await using var db = database.NewContext();
        return (await db.DiscountCodes.SingleAsync(c => c.Code == code)).Id;
    }
}
