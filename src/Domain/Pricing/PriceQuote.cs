using RahZendegi.Domain.Membership;

namespace RahZendegi.Domain.Pricing;

/// <summary>
/// What to price: a service's base price and who is asking. <paramref name="VerifiedCategory"/> is
/// <see cref="MemberCategory.Public"/> when the person has no verified category;
/// <paramref name="PendingCategory"/> is a category they claimed that no one has verified yet.
/// </summary>
public sealed record PriceRequest(
    ServiceKind ServiceKind,
    long BaseRials,
    MemberCategory VerifiedCategory = MemberCategory.Public,
    MemberCategory? PendingCategory = null);

public enum DiscountSource { None, CategoryRule, Code }

/// <summary>
/// A priced service. <see cref="CategoryPending"/>: the person claimed a category that is not
/// verified yet, so its discount was not applied and the bot should say so. <see cref="PricedAs"/>: the verified
/// category the price was made for, which the payment keeps for the charity's report.
/// </summary>
public sealed record PriceQuote(
    long BaseRials,
    int DiscountPercent,
    long DiscountRials,
    long ToPayRials,
    DiscountSource Source,
    int? RuleId,
    int? CodeId,
    string? Code,
    bool CategoryPending,
    MemberCategory PricedAs = MemberCategory.Public)
{
    public bool IsFree => ToPayRials == 0;
}
