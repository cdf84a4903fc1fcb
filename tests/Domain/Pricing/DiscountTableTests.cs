using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Pricing;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Pricing;

/// <summary>The provincial admin's upkeep of the discount table and the codes.</summary>
public sealed class DiscountTableTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);

    private DomainServices services = null!;

    private DiscountTable Table => services.Scope.Get<DiscountTable>();

    public async Task InitializeAsync()
    {
        services = await DomainServices.StartAsync(new FakeTimeProvider(Now));
    }

    public Task DisposeAsync() => services.DisposeAsync().AsTask();

    private static DiscountCodeDraft Code(string code, int percent = 40, int? limit = null) => new(code, percent, ServiceKind.Membership, limit, null);

    [Fact]
    public async Task CreateCode_TheSameCodeTypedAnotherWay_IsTakenAlready()
    {
        Assert.Equal(DiscountCodeError.None, (await Table.CreateCodeAsync(Code(" emdad40 "), default)).Error);
        await services.Db.SaveChangesAsync();

        Assert.Equal(DiscountCodeError.CodeTaken, (await Table.CreateCodeAsync(Code("EMDAD۴۰"), default)).Error);
        Assert.Equal("EMDAD40", (await services.Db.DiscountCodes.SingleAsync()).Code);
    }

    [Theory]
    [InlineData("  ", 40, null, DiscountCodeError.CodeMissing)]
    [InlineData("X", 101, null, DiscountCodeError.PercentOutOfRange)]
    [InlineData("X", 40, 0, DiscountCodeError.LimitNotPositive)]
    public async Task CreateCode_BreakingARule_SaysWhichAndAddsNothing(string code, int percent, int? limit, DiscountCodeError error)
    {
        Assert.Equal(error, (await Table.CreateCodeAsync(Code(code, percent, limit), default)).Error);
        Assert.Empty(services.Db.ChangeTracker.Entries<DiscountCode>());
    }

    [Fact]
    public async Task SaveRule_EndingBeforeItStarts_IsRefused()
    {
        var edit = new DiscountRuleEdit(null, ServiceKind.Counseling, MemberCategory.LibraryMember, 30, Now, Now.AddDays(-1));

        Assert.Equal(DiscountRuleError.EndsBeforeStart, (await Table.SaveRuleAsync(edit, default)).Error);
    }

    [Fact]
    public async Task ExpireRule_AnExistingRule_EndsItNowAndKeepsIt()
    {
        var (_, rule) = await Table.SaveRuleAsync(new DiscountRuleEdit(null, ServiceKind.Counseling, MemberCategory.LibraryMember, 30, null, null), default);
        await services.Db.SaveChangesAsync();

        await Table.ExpireRuleAsync(rule!.Id, default);
        await services.Db.SaveChangesAsync();

        await using var db = services.Database.NewContext();
        Assert.Equal(Now, (await db.DiscountRules.SingleAsync()).ValidTo);
        Assert.Null(await Table.ExpireRuleAsync(rule.Id + 1, default));
    }
}
