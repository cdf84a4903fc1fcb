using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Pricing;

/// <summary>
/// price = base × (1 − the best single discount that applies). Discounts never stack: the best
/// category rule and the typed code compete, and on a tie the rule wins, so a code is not used up
/// for nothing.
/// </summary>
public static class PricingEngine
{
    public static PriceQuote Quote(PriceRequest request, IReadOnlyCollection<DiscountRule> rules, DiscountCode? code, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfNegative(request.BaseRials);

        var pending = request.PendingCategory is { } claimed
            && claimed != MemberCategory.Public
            && claimed != request.VerifiedCategory;

        // Nothing to discount on a free service; a code offered for it is left unused.
        if (request.BaseRials == 0)
        {
            return Build(request, 0, DiscountSource.None, null, null, null, pending);
        }

        var rule = rules
            .Where(r => Applies(r, request, nowUtc))
            .OrderByDescending(r => r.Percent)
            .ThenBy(r => r.Id)
            .FirstOrDefault();

        if (code is not null
            && code.Check(request.ServiceKind, nowUtc) == DiscountCodeCheck.Valid
            && code.Percent > (rule?.Percent ?? 0))
        {
            return Build(request, code.Percent, DiscountSource.Code, null, code.Id, code.Code, pending);
        }

        return rule is null
            ? Build(request, 0, DiscountSource.None, null, null, null, pending)
            : Build(request, rule.Percent, DiscountSource.CategoryRule, rule.Id, null, null, pending);
    }

    // The amount to pay is rounded DOWN to a whole Toman (so the discount is rounded up): nothing
    // smaller than a Toman is payable, the advertised percent is then never an overstatement, the
    // client's side of a rounding is under one Toman, and Money.FormatToman (which truncates)
    // shows exactly the amount charged.
    public static long ToPayRials(long baseRials, int percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(baseRials);
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var exact100 = checked(baseRials * (100 - percent));
        return exact100 / (100 * Money.RialsPerToman) * Money.RialsPerToman;
    }

    private static bool Applies(DiscountRule rule, PriceRequest request, DateTime nowUtc) =>
        rule.Percent > 0
        && rule.ServiceKind == request.ServiceKind
        && rule.Category == request.VerifiedCategory
        && (rule.ValidFrom is null || rule.ValidFrom <= nowUtc)
        && (rule.ValidTo is null || nowUtc < rule.ValidTo);

    private static PriceQuote Build(PriceRequest request, int percent, DiscountSource source, int? ruleId, int? codeId, string? code, bool pending)
    {
        var toPay = ToPayRials(request.BaseRials, percent);
        return new PriceQuote(request.BaseRials, percent, request.BaseRials - toPay, toPay, source, ruleId, codeId, code, pending, request.VerifiedCategory);
    }
}
