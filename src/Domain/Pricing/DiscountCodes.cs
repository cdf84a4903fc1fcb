using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;

namespace RahZendegi.Domain.Pricing;

/// <summary>Looks up a typed discount code and redeems it once a payment goes through.</summary>
public sealed class DiscountCodes(AppDbContext db)
{
    public async Task<(DiscountCodeCheck Check, DiscountCode? Code)> CheckAsync(
        string typed, ServiceKind kind, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var normalized = DiscountCode.Normalize(typed);
        if (normalized.Length == 0)
        {
            return (DiscountCodeCheck.NotFound, null);
        }

        var code = await db.DiscountCodes.AsNoTracking().SingleOrDefaultAsync(c => c.Code == normalized, cancellationToken);
        return code is null ? (DiscountCodeCheck.NotFound, null) : (code.Check(kind, nowUtc), code);
    }

    /// <summary>
    /// Counts one use of the code. False when the code reached its limit (or was switched off)
    /// after it was checked: two people may check the last use of a code at the same time, and
    /// only the conditional update decides which of them gets it.
    /// </summary>
    public async Task<bool> TryRedeemAsync(int codeId, CancellationToken cancellationToken)
    {
        var updated = await db.DiscountCodes
            .Where(c => c.Id == codeId && c.Active && (c.UsageLimit == null || c.TimesUsed < c.UsageLimit))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.TimesUsed, c => c.TimesUsed + 1), cancellationToken);
        return updated == 1;
    }
}
