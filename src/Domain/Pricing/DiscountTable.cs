using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;

namespace RahZendegi.Domain.Pricing;

/// <summary>A discount rule as the provincial admin sets it; open ends are null.</summary>
public sealed record DiscountRuleEdit(int? Id, ServiceKind ServiceKind, MemberCategory Category, int Percent, DateTime? ValidFrom, DateTime? ValidTo);

public enum DiscountRuleError { None, NotFound, PercentOutOfRange, EndsBeforeStart }

/// <summary>A new discount code; <see cref="UsageLimit"/> and <see cref="ExpiresAt"/> are null for none.</summary>
public sealed record DiscountCodeDraft(string Code, int Percent, ServiceKind ServiceKind, int? UsageLimit, DateTime? ExpiresAt);

public enum DiscountCodeError { None, CodeMissing, CodeTaken, PercentOutOfRange, LimitNotPositive }

/// <summary>
/// The provincial admin keeps the discount table and the discount codes. Rules and codes are never deleted, only
/// ended: a quote already given names them, and the table keeps its history. Changes are left to the caller's commit.
/// </summary>
public sealed class DiscountTable(AppDbContext db, TimeProvider time)
{
    public async Task<(DiscountRuleError Error, DiscountRule? Rule)> SaveRuleAsync(DiscountRuleEdit edit, CancellationToken cancellationToken)
    {
        var rule = edit.Id is { } id ? await db.DiscountRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) : new DiscountRule();
        var error = rule is null ? DiscountRuleError.NotFound
            : edit.Percent is < 0 or > 100 ? DiscountRuleError.PercentOutOfRange
            : edit is { ValidFrom: { } from, ValidTo: { } to } && to <= from ? DiscountRuleError.EndsBeforeStart
            : DiscountRuleError.None;
        if (error != DiscountRuleError.None)
        {
            return (error, null);
        }

        (rule!.ServiceKind, rule.Category, rule.Percent, rule.ValidFrom, rule.ValidTo) = (edit.ServiceKind, edit.Category, edit.Percent, edit.ValidFrom, edit.ValidTo);
        if (rule.Id == 0)
        {
            db.DiscountRules.Add(rule);
        }

        return (DiscountRuleError.None, rule);
    }

    /// <summary>Ends a rule now; null when there is no such rule.</summary>
    public async Task<DiscountRule?> ExpireRuleAsync(int id, CancellationToken cancellationToken)
    {
        var rule = await db.DiscountRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        rule?.ValidTo = time.GetUtcNow().UtcDateTime;
        return rule;
    }

    /// <summary>
    /// Adds a code, stored normalised (<see cref="DiscountCode.Normalize"/>). A code already taken is refused here for
    /// a clear message; the unique index still decides between two admins creating it at the same moment.
    /// </summary>
    public async Task<(DiscountCodeError Error, DiscountCode? Code)> CreateCodeAsync(DiscountCodeDraft draft, CancellationToken cancellationToken)
    {
        var normalized = DiscountCode.Normalize(draft.Code);
        var error = normalized.Length == 0 ? DiscountCodeError.CodeMissing
            : draft.Percent is < 0 or > 100 ? DiscountCodeError.PercentOutOfRange
            : draft.UsageLimit is < 1 ? DiscountCodeError.LimitNotPositive
            : await db.DiscountCodes.AnyAsync(c => c.Code == normalized, cancellationToken) ? DiscountCodeError.CodeTaken
            : DiscountCodeError.None;
        if (error != DiscountCodeError.None)
        {
            return (error, null);
        }

        var code = new DiscountCode
        {
            Code = normalized, Percent = draft.Percent, ServiceKind = draft.ServiceKind, UsageLimit = draft.UsageLimit, ExpiresAt = draft.ExpiresAt,
        };
        db.DiscountCodes.Add(code);
        return (DiscountCodeError.None, code);
    }

    /// <summary>Switches a code off; null when there is no such code.</summary>
    public async Task<DiscountCode?> DeactivateCodeAsync(int id, CancellationToken cancellationToken)
    {
        var code = await db.DiscountCodes.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        code?.Active = false;
        return code;
    }

    /// <summary>What each category would pay now for a service of this base price, under the rules as they stand.</summary>
    public static IReadOnlyList<(MemberCategory Category, PriceQuote Quote)> Preview(
        ServiceKind kind, long baseRials, IReadOnlyList<DiscountRule> rules, DateTime nowUtc) =>
        [.. MemberCategoryNames.All.Select(c => (c.Category, PricingEngine.Quote(new PriceRequest(kind, baseRials, c.Category), rules, null, nowUtc)))];
}
