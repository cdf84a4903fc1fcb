using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Model_ComparedWithTheMigrations_HasNoPendingChanges(DatabaseProvider provider)
    {
        using var target = new TestDatabase(provider);
        using var db = target.NewContext();

        // Fails when an entity changed without both `dotnet ef migrations add` commands (see the README).
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task Prepare_OnPostgres_AppliesThePostgresMigrationsThroughTheSameContext()
    {
        using var postgres = new TestDatabase(DatabaseProvider.Postgres);
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(postgres.Settings()).Build())
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILoggerFactory), NullLoggerFactory.Instance)
            .AddDomain()
            .BuildServiceProvider();

        await services.PrepareDatabaseAsync();

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(db.Database.IsNpgsql());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Empty(db.Libraries);
    }

    [Fact]
    public async Task Start_WithAnUnknownProvider_FailsNamingTheKey()
    {
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Default"] = database.ConnectionString,
                ["Database:Provider"] = "7",
            }).Build())
            .AddDomain()
            .BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseProviderOptions>>().Value);
        Assert.Contains("Database:Provider", error.Message, StringComparison.Ordinal);
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

    /// <summary>A start on a database left by the previous release: the migrations it lacks are applied, and only those.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Prepare_OnADatabaseOneMigrationBehind_AppliesTheLastMigration(DatabaseProvider provider)
    {
        using var target = new TestDatabase(provider);
        string[] migrations;
        await using (var db = target.NewContext())
        {
            migrations = [.. db.Database.GetMigrations()];
            await db.GetService<IMigrator>().MigrateAsync(migrations[^2]);
            Assert.Equal([migrations[^1]], await db.Database.GetPendingMigrationsAsync());
        }

        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(target.Settings()).Build())
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILoggerFactory), NullLoggerFactory.Instance)
            .AddDomain()
            .BuildServiceProvider();
        await services.PrepareDatabaseAsync();

        await using var migrated = target.NewContext();
        Assert.Equal(migrations, await migrated.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await migrated.Database.GetPendingMigrationsAsync());
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
