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
    /// Counts one use of the code in the caller's unit of work, committed by its one SaveChanges together
    /// with what the code paid for. False when the code reached its limit or was switched off since it was
    /// checked. Two people may take the last use at once: TimesUsed is a concurrency token, so the second
    /// commit fails and that person is asked to try again.
    /// </summary>
    public async Task<bool> TryRedeemAsync(int codeId, CancellationToken cancellationToken)
    {
        var code = await db.DiscountCodes.SingleOrDefaultAsync(c => c.Id == codeId, cancellationToken);
        if (code is null || !code.Active || (code.UsageLimit is { } limit && code.TimesUsed >= limit))
        {
            return false;
        }

        code.TimesUsed++;
        return true;
    }
}
