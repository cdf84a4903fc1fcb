using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;

namespace RahZendegi.Domain.Privacy;

/// <summary>
/// A conversation left idle past its timeout is reset when the person writes again, and its draft goes then. Someone
/// who never writes again would keep a half-filled draft (a name, a national ID) for ever, so a round clears the
/// drafts of idle conversations. The flow and step stay: the person who returns is told the conversation expired,
/// as before, and starts again from the menu.
/// </summary>
public sealed class AbandonedDrafts(AppDbContext db, TimeProvider time)
{
    /// <remarks>Commits: a round, in one statement.</remarks>
    public Task<int> ClearAsync(TimeSpan conversationTimeout, CancellationToken cancellationToken)
    {
        var idleSince = time.GetUtcNow().UtcDateTime - conversationTimeout;
        return db.Conversations
            .Where(c => c.Draft != null && c.LastActivityAt < idleSince)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Draft, (string?)null), cancellationToken);
    }
}
