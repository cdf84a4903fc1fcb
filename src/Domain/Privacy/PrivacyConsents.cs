using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;

namespace RahZendegi.Domain.Privacy;

/// <summary>Who agreed to the privacy notice, and when. Changes are tracked; the caller commits them.</summary>
public sealed class PrivacyConsents(AppDbContext db, TimeProvider time)
{
    public async Task<bool> HasConsentedAsync(string botName, long userId, CancellationToken cancellationToken) =>
        db.PrivacyConsents.Local.Any(c => c.BotName == botName && c.UserId == userId)
        || await db.PrivacyConsents.AnyAsync(c => c.BotName == botName && c.UserId == userId, cancellationToken);

    /// <summary>Records the consent at this moment; a second tap (a redelivered update) keeps the first time.</summary>
    public async Task RecordAsync(string botName, long userId, CancellationToken cancellationToken)
    {
        if (!await HasConsentedAsync(botName, userId, cancellationToken))
        {
            db.PrivacyConsents.Add(new PrivacyConsent { BotName = botName, UserId = userId, ConsentedAt = time.GetUtcNow().UtcDateTime });
        }
    }

    public Task<PrivacyConsent?> FindAsync(string botName, long userId, CancellationToken cancellationToken) =>
        db.PrivacyConsents.AsNoTracking().SingleOrDefaultAsync(c => c.BotName == botName && c.UserId == userId, cancellationToken);
}
