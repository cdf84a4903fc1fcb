using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RahZendegi.Domain;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Pricing;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Data;

public sealed class DatabaseTests : IDisposable
{
    private readonly TestDatabase database = new();

    public void Dispose() => database.Dispose();

    private ServiceProvider Services(bool seed) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = database.ConnectionString,
            ["Demo:Seed"] = seed.ToString(),
        }).Build())
        .AddSingleton(typeof(Microsoft.Extensions.Logging.ILoggerFactory), NullLoggerFactory.Instance)
        .AddDomain()
        .BuildServiceProvider();

    [Fact]
    public void Model_ComparedWithTheMigrations_HasNoPendingChanges()
    {
        using var db = database.NewContext();

        // Fails when an entity changed without `dotnet ef migrations add` (see the README).
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task Prepare_EmptyFile_AppliesEveryMigrationInWalMode()
    {
        await using var services = Services(seed: false);

        await services.PrepareDatabaseAsync();

        await using var db = database.NewContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToAsyncEnumerable().SingleAsync());
        Assert.Empty(db.Libraries);
    }

    [Fact]
    public async Task Prepare_WithDemoSeedTwice_CreatesIlamDemoDataOnce()
    {
        await using var services = Services(seed: true);

        await services.PrepareDatabaseAsync();
        await services.PrepareDatabaseAsync();

        await using var db = database.NewContext();
        Assert.Equal(6, await db.Libraries.CountAsync());
        Assert.All(await db.Libraries.ToListAsync(), l => Assert.Equal("ایلام", l.Province));
        Assert.True(await db.Counselors.AllAsync(c => c.WeeklyPlan.Count > 0));
        Assert.True(await db.Workshops.CountAsync() >= 5);
        var rule = await db.DiscountRules.SingleAsync(r => r.ServiceKind == ServiceKind.Counseling && r.Category == MemberCategory.LibraryMember);
        Assert.Equal(30, rule.Percent);
        var code = await db.DiscountCodes.SingleAsync(c => c.Code == "EMDAD40");
        Assert.Equal((40, ServiceKind.Membership, 1000), (code.Percent, code.ServiceKind, code.UsageLimit));
    }
}
