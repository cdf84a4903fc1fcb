using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RahZendegi.Domain.Data;

namespace RahZendegi.Domain.Membership;

/// <summary>
/// A proof's file is personal data kept for one purpose, the decision on a claim: <see cref="MembershipOptions.ProofRetentionDays"/>
/// after that decision its bytes, the messenger's ids and the file's name go. The row stays, with its decision, so the
/// member page still shows that a proof was sent and what was decided.
/// </summary>
public sealed class ProofRetention(AppDbContext db, TimeProvider time, IOptions<MembershipOptions> options)
{
    /// <remarks>Commits: a round, in one statement.</remarks>
    public Task<int> ClearExpiredAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var decidedBefore = now - TimeSpan.FromDays(options.Value.ProofRetentionDays);
        return db.CategoryProofs
            .Where(p => p.ClearedAt == null && p.DecidedAt != null && p.DecidedAt <= decidedBefore)
            .ExecuteUpdateAsync(set => set
                .SetProperty(p => p.Content, (byte[]?)null)
                .SetProperty(p => p.FileId, (string?)null)
                .SetProperty(p => p.FileUniqueId, (string?)null)
                .SetProperty(p => p.FileName, (string?)null)
                .SetProperty(p => p.ContentType, (string?)null)
                .SetProperty(p => p.ClearedAt, now), cancellationToken);
    }
}
