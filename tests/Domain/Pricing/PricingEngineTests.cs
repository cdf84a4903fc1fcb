using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Pricing;

namespace RahZendegi.Tests.Domain.Pricing;

public class PricingEngineTests
{
    private const long Base = 500_000; // 50,000 Tomans
    private static readonly DateTime Now = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    // The article's table, as the demo data seeds it.
    private static readonly DiscountRule[] ArticleRules =
    [
        Rule(1, ServiceKind.Membership, MemberCategory.CommitteeClient, 100),
        Rule(2, ServiceKind.Membership, MemberCategory.CommitteeStaffOrFamily, 40),
        Rule(3, ServiceKind.Workshop, MemberCategory.CommitteeClient, 100),
        Rule(4, ServiceKind.Workshop, MemberCategory.LibraryStaff, 100),
        Rule(5, ServiceKind.Workshop, MemberCategory.LibraryMember, 100),
        Rule(6, ServiceKind.Counseling, MemberCategory.CommitteeClient, 100),
        Rule(7, ServiceKind.Counseling, MemberCategory.LibraryStaff, 40),
        Rule(8, ServiceKind.Counseling, MemberCategory.LibraryMember, 30),
    ];

    [Theory]
    [InlineData(ServiceKind.Membership, MemberCategory.CommitteeClient, 100, 0)]
    [InlineData(ServiceKind.Membership, MemberCategory.CommitteeStaffOrFamily, 40, 300_000)]
    [InlineData(ServiceKind.Membership, MemberCategory.LibraryStaff, 0, Base)]
    [InlineData(ServiceKind.Membership, MemberCategory.Public, 0, Base)]
    [InlineData(ServiceKind.Workshop, MemberCategory.CommitteeClient, 100, 0)]
    [InlineData(ServiceKind.Workshop, MemberCategory.LibraryStaff, 100, 0)]
    [InlineData(ServiceKind.Workshop, MemberCategory.LibraryMember, 100, 0)]
    [InlineData(ServiceKind.Workshop, MemberCategory.CommitteeStaffOrFamily, 0, Base)]
    [InlineData(ServiceKind.Workshop, MemberCategory.Public, 0, Base)]
    [InlineData(ServiceKind.Counseling, MemberCategory.CommitteeClient, 100, 0)]
    [InlineData(ServiceKind.Counseling, MemberCategory.LibraryStaff, 40, 300_000)]
    [InlineData(ServiceKind.Counseling, MemberCategory.LibraryMember, 30, 350_000)]
    [InlineData(ServiceKind.Counseling, MemberCategory.CommitteeStaffOrFamily, 0, Base)]
    [InlineData(ServiceKind.Counseling, MemberCategory.Public, 0, Base)]
    public void Quote_ArticleTable_GivesTheArticlesPrice(ServiceKind kind, MemberCategory category, int percent, long toPay)
    {
        var quote = PricingEngine.Quote(new PriceRequest(kind, Base, category), ArticleRules, null, Now);

        Assert.Equal(percent, quote.DiscountPercent);
        Assert.Equal(toPay, quote.ToPayRials);
        Assert.Equal(Base - toPay, quote.DiscountRials);
        Assert.Equal(percent > 0 ? DiscountSource.CategoryRule : DiscountSource.None, quote.Source);
        Assert.Equal(percent > 0, quote.RuleId is not null);
        Assert.False(quote.CategoryPending);
    }

    [Fact]
    public void Quote_CommitteeStaffWithTheArticlesCode_PaysSixtyPercentOfMembership()
    {
        var code = Code("EMDAD40", 40, ServiceKind.Membership, usageLimit: 1000);

        var quote = PricingEngine.Quote(new PriceRequest(ServiceKind.Membership, Base), [], code, Now);

        Assert.Equal(DiscountSource.Code, quote.Source);
        Assert.Equal("EMDAD40", quote.Code);
        Assert.Equal(code.Id, quote.CodeId);
        Assert.Equal(300_000, quote.ToPayRials);
    }

    [Fact]
    public void Quote_PublicWithNothing_PaysBase()
    {
        var quote = PricingEngine.Quote(new PriceRequest(ServiceKind.Counseling, Base), ArticleRules, null, Now);

        Assert.Equal(new PriceQuote(Base, 0, 0, Base, DiscountSource.None, null, null, null, false), quote);
    }

    // Hours from now; a rule is valid in [ValidFrom, ValidTo).
    [Theory]
    [InlineData(null, null, true)]
    [InlineData(-1, null, true)]
    [InlineData(0, null, true)]
    [InlineData(1, null, false)]
    [InlineData(null, 1, true)]
    [InlineData(null, 0, false)]
    [InlineData(-48, -1, false)]
    [InlineData(-1, 1, true)]
    [InlineData(1, 48, false)]
    public void Quote_RuleValidityWindow_AppliesOnlyInsideIt(int? fromHours, int? toHours, bool applies)
    {
        var rule = Rule(1, ServiceKind.Counseling, MemberCategory.LibraryMember, 30);
        rule.ValidFrom = fromHours is { } from ? Now.AddHours(from) : null;
        rule.ValidTo = toHours is { } to ? Now.AddHours(to) : null;

        var quote = PricingEngine.Quote(new PriceRequest(ServiceKind.Counseling, Base, MemberCategory.LibraryMember), [rule], null, Now);

        Assert.Equal(applies ? 350_000 : Base, quote.ToPayRials);
    }

    [Theory]
    [InlineData(true, null, null, 0, ServiceKind.Counseling, DiscountCodeCheck.Valid)]
    [InlineData(true, 1, 10, 9, ServiceKind.Counseling, DiscountCodeCheck.Valid)]
    [InlineData(true, null, 10, 10, ServiceKind.Counseling, DiscountCodeCheck.UsedUp)]
    [InlineData(true, 0, null, 0, ServiceKind.Counseling, DiscountCodeCheck.Expired)]
    [InlineData(true, -24, null, 0, ServiceKind.Counseling, DiscountCodeCheck.Expired)]
    [InlineData(true, null, null, 0, ServiceKind.Workshop, DiscountCodeCheck.WrongService)]
    [InlineData(false, null, null, 0, ServiceKind.Counseling, DiscountCodeCheck.Inactive)]
    public void Quote_CodeInEachState_AppliesOnlyWhenValid(
        bool active, int? expiresInHours, int? usageLimit, int timesUsed, ServiceKind askedFor, DiscountCodeCheck expected)
    {
        var code = Code("SPRING25", 25, ServiceKind.Counseling, usageLimit, timesUsed, active);
        code.ExpiresAt = expiresInHours is { } hours ? Now.AddHours(hours) : null;

        var quote = PricingEngine.Quote(new PriceRequest(askedFor, Base), [], code, Now);

        Assert.Equal(expected, code.Check(askedFor, Now));
        Assert.Equal(expected == DiscountCodeCheck.Valid ? 375_000 : Base, quote.ToPayRials);
        Assert.Equal(expected == DiscountCodeCheck.Valid ? DiscountSource.Code : DiscountSource.None, quote.Source);
    }

    [Theory]
    [InlineData(30, 40, DiscountSource.Code, 40)]
    [InlineData(40, 30, DiscountSource.CategoryRule, 40)]
    [InlineData(40, 40, DiscountSource.CategoryRule, 40)] // a tie keeps the code for another time
    [InlineData(100, 40, DiscountSource.CategoryRule, 100)]
    [InlineData(0, 40, DiscountSource.Code, 40)]
    public void Quote_RuleAndCode_BestSinglePercentWinsWithoutStacking(int rulePercent, int codePercent, DiscountSource source, int percent)
    {
        DiscountRule[] rules = rulePercent > 0 ? [Rule(1, ServiceKind.Counseling, MemberCategory.LibraryMember, rulePercent)] : [];
        var code = Code("BEST", codePercent, ServiceKind.Counseling);

        var quote = PricingEngine.Quote(new PriceRequest(ServiceKind.Counseling, Base, MemberCategory.LibraryMember), rules, code, Now);

        Assert.Equal(source, quote.Source);
        Assert.Equal(percent, quote.DiscountPercent);
        Assert.Equal(Base * (100 - percent) / 100, quote.ToPayRials);
        Assert.Equal(source == DiscountSource.Code ? "BEST" : null, quote.Code);
        Assert.Equal(source == DiscountSource.CategoryRule ? 1 : null, quote.RuleId);
    }

    [Fact]
    public void Quote_TwoRulesForTheSameCategory_TakesTheBetterNotTheSum()
    {
        DiscountRule[] rules =
        [
            Rule(1, ServiceKind.Counseling, MemberCategory.LibraryMember, 30),
            Rule(2, ServiceKind.Counseling, MemberCategory.LibraryMember, 20),
        ];

        var quote = PricingEngine.Quote(new PriceRequest(ServiceKind.Counseling, Base, MemberCategory.LibraryMember), rules, null, Now);

        Assert.Equal(30, quote.DiscountPercent);
        Assert.Equal(1, quote.RuleId);
    }

    [Fact]
    public void Quote_UnverifiedClaim_PaysPublicPriceAndIsMarkedPending()
    {
        var request = new PriceRequest(ServiceKind.Counseling, Base, MemberCategory.Public, MemberCategory.CommitteeClient);

        var quote = PricingEngine.Quote(request, ArticleRules, null, Now);

        Assert.Equal(Base, quote.ToPayRials);
        Assert.Equal(DiscountSource.None, quote.Source);
        Assert.True(quote.CategoryPending);
    }

    [Fact]
    public void Quote_VerifiedMemberClaimingAnotherCategory_PaysMemberPriceAndIsMarkedPending()
    {
        var request = new PriceRequest(ServiceKind.Counseling, Base, MemberCategory.LibraryMember, MemberCategory.CommitteeClient);

        var quote = PricingEngine.Quote(request, ArticleRules, null, Now);

        Assert.Equal(350_000, quote.ToPayRials);
        Assert.True(quote.CategoryPending);
    }

    [Fact]
    public void Quote_FreeService_UsesNoDiscountAndNoCode()
    {
        var quote = PricingEngine.Quote(
            new PriceRequest(ServiceKind.Workshop, 0, MemberCategory.LibraryMember), ArticleRules, Code("FREE", 50, ServiceKind.Workshop), Now);

        Assert.Equal(new PriceQuote(0, 0, 0, 0, DiscountSource.None, null, null, null, false, MemberCategory.LibraryMember), quote);
        Assert.True(quote.IsFree);
    }

    // The amount to pay is rounded down to a whole Toman: the discount is never less than promised.
    [Theory]
    [InlineData(500_000, 40, 300_000)]
    [InlineData(12_345, 30, 8_640)] // exact 8,641.5 Rials
    [InlineData(999_990, 33, 669_990)] // exact 669,993.3 Rials
    [InlineData(1_000, 1, 990)]
    [InlineData(15, 50, 0)] // exact 7.5 Rials, under a Toman
    [InlineData(19, 0, 10)] // a stray odd base is still charged in whole Tomans
    [InlineData(500_000, 100, 0)]
    public void ToPayRials_Amount_RoundsDownToWholeToman(long baseRials, int percent, long toPay) =>
        Assert.Equal(toPay, PricingEngine.ToPayRials(baseRials, percent));

    [Property]
    public Property ToPayRials_AnyAmountAndPercent_IsWholeTomanWithinOneTomanBelowExact() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).Select(v => (long)v * 7).ToArbitrary(),
            Gen.Choose(0, 100).ToArbitrary(),
            (baseRials, percent) =>
            {
                var toPay = PricingEngine.ToPayRials(baseRials, percent);
                var exactTimes100 = baseRials * (100 - percent);
                return toPay % 10 == 0
                    && toPay >= 0
                    && toPay * 100 <= exactTimes100
                    && exactTimes100 - toPay * 100 < 10 * 100;
            });

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(100, -1)]
    [InlineData(100, 101)]
    public void ToPayRials_OutOfRange_Throws(long baseRials, int percent) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PricingEngine.ToPayRials(baseRials, percent));

    private static DiscountRule Rule(int id, ServiceKind kind, MemberCategory category, int percent) =>
        new() { Id = id, ServiceKind = kind, Category = category, Percent = percent };

    private static DiscountCode Code(string code, int percent, ServiceKind kind, int? usageLimit = null, int timesUsed = 0, bool active = true) =>
        new() { Id = 42, Code = code, Percent = percent, ServiceKind = kind, UsageLimit = usageLimit, TimesUsed = timesUsed, Active = active };
}
