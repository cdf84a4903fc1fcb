using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Domain.Announcements;

public sealed record BroadcastDraft(
    string Text, BroadcastAudience Audience, string CreatedBy, DateTime? ScheduledAt = null, byte[]? Photo = null, int? WorkshopId = null);

/// <summary>A created broadcast, or why not (a text from <see cref="BroadcastNotices"/>).</summary>
public sealed record BroadcastCreation(Broadcast? Broadcast, string? Error)
{
    public bool Created => Broadcast is not null;
}

public sealed record BroadcastProgress(int Total, int Sent, int Failed, int Left);

/// <summary>
/// Broadcasts from creation to completion. Each recipient gets one outbox row, exactly once even across a crash
/// in the middle of an expansion: the schema refuses a second row for (broadcast, bot, chat), and a resumed
/// expansion inserts only the recipients not yet present.
/// </summary>
public sealed class BroadcastService(AppDbContext db, TimeProvider time)
{
    public const int ExpansionBatch = 500;
    private const int MaxCaption = 1024;
    private const int MaxText = 4096;
    private const int MaxPhotoBytes = 5 * 1024 * 1024;

    /// <summary>Checks the draft and adds the broadcast, for the caller to commit; the expansion round sends it when due.</summary>
    public BroadcastCreation Create(BroadcastDraft draft)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var text = draft.Text.Trim();
        var error = text.Length == 0 ? BroadcastNotices.EmptyText
            : text.Length > MaxText ? BroadcastNotices.TextTooLong
            : draft.Photo is not null && text.Length > MaxCaption ? BroadcastNotices.CaptionTooLong
            : draft.Photo is { Length: > MaxPhotoBytes } ? BroadcastNotices.PhotoTooLarge
            : !AnnouncementTopics.IsSingle(draft.Audience.Topic) ? BroadcastNotices.OneTopic
            : draft.ScheduledAt < now - TimeSpan.FromMinutes(1) ? BroadcastNotices.InThePast
            : null;
        if (error is not null)
        {
            return new(null, error);
        }

        var broadcast = new Broadcast
        {
            Text = text,
            Photo = draft.Photo,
            Topic = draft.Audience.Topic,
            LibraryId = draft.Audience.LibraryId,
            Category = draft.Audience.Category,
            BotName = draft.Audience.BotName,
            ScheduledAt = draft.ScheduledAt ?? now,
            Status = BroadcastStatus.Scheduled,
            CreatedAt = now,
            CreatedBy = draft.CreatedBy,
            WorkshopId = draft.WorkshopId,
        };
        db.Broadcasts.Add(broadcast);
        return new(broadcast, null);
    }

    /// <summary>
    /// Announces a workshop, in one action, to the subscribers of its kind at its library, with a button that
    /// opens it in the bot.
    /// </summary>
    public async Task<BroadcastCreation> AnnounceWorkshopAsync(int workshopId, string createdBy, CancellationToken cancellationToken = default)
    {
        var workshop = await db.Workshops.AsNoTracking().Include(w => w.Library).SingleAsync(w => w.Id == workshopId, cancellationToken);
        return Create(new BroadcastDraft(
            WorkshopNotices.Announcement(workshop),
            new BroadcastAudience(AnnouncementTopics.ForWorkshop(workshop.Kind), workshop.LibraryId),
            createdBy,
            WorkshopId: workshop.Id));
    }

    /// <summary>How many people the audience reaches now: for the panel, while the broadcast is written.</summary>
    public Task<int> AudienceCountAsync(BroadcastAudience audience, CancellationToken cancellationToken = default) =>
        Recipients(audience).CountAsync(cancellationToken);

    /// <summary>Writes the outbox rows of every broadcast that is due (resuming a half-done one); returns how many rows it wrote.</summary>
    /// <remarks>Commits: a round, one commit per batch of recipients, so a crash loses at most the batch in hand.</remarks>
    public async Task<int> ExpandDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Broadcasts
            .Where(b => (b.Status == BroadcastStatus.Scheduled || b.Status == BroadcastStatus.Expanding) && b.ScheduledAt <= now)
            .OrderBy(b => b.ScheduledAt).ThenBy(b => b.Id)
            .Select(b => b.Id)
            .ToListAsync(cancellationToken);
        var written = 0;
        foreach (var id in due)
        {
            written += await ExpandAsync(id, cancellationToken);
        }

        return written;
    }

    /// <summary>Marks Done the broadcasts with nothing left to send.</summary>
    /// <remarks>Commits: a round.</remarks>
    public Task<int> CompleteFinishedAsync(CancellationToken cancellationToken = default) =>
        db.Broadcasts
            .Where(b => b.Status == BroadcastStatus.Sending
                && !db.OutboxMessages.Any(m => m.BroadcastId == b.Id && m.Status == OutboxStatus.Pending))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BroadcastStatus.Done), cancellationToken);

    public async Task<BroadcastProgress> ProgressAsync(int broadcastId, CancellationToken cancellationToken = default)
    {
        var counts = await db.OutboxMessages.Where(m => m.BroadcastId == broadcastId)
            .GroupBy(m => m.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(OutboxStatus status) => counts.SingleOrDefault(c => c.Status == status)?.Count ?? 0;
        return new(counts.Sum(c => c.Count), Count(OutboxStatus.Sent), Count(OutboxStatus.Failed), Count(OutboxStatus.Pending));
    }

    private async Task<int> ExpandAsync(int broadcastId, CancellationToken cancellationToken)
    {
        var broadcast = await db.Broadcasts.SingleAsync(b => b.Id == broadcastId, cancellationToken);
        if (broadcast.Status == BroadcastStatus.Scheduled)
        {
            broadcast.Status = BroadcastStatus.Expanding;
            await db.SaveChangesAsync(cancellationToken);
        }

        // The photo stays on the broadcast row: an empty image in the payload tells the sender to read it from there.
        var keyboard = broadcast.WorkshopId is { } workshop
            ? Keyboard.Inline([new KeyboardButton(WorkshopNotices.OpenButton, new CallbackData(WorkshopCallbacks.Feature, WorkshopCallbacks.Open, workshop).ToString())])
            : null;
        Outgoing outgoing = broadcast.Photo is null ? new OutgoingText(broadcast.Text, keyboard) : new OutgoingPhoto([], broadcast.Text, keyboard);
        var payload = outgoing.Serialize();
        var written = 0;
        while (true)
        {
            // Recipients already written (before a crash, or by a concurrent round) are skipped; the unique
            // index refuses a duplicate should two rounds race for the same batch.
            var batch = await Recipients(broadcast.Audience)
                .Where(s => !db.OutboxMessages.Any(m => m.BroadcastId == broadcastId && m.BotName == s.BotName && m.ChatId == s.ChatId))
                .OrderBy(s => s.BotName).ThenBy(s => s.UserId)
                .Take(ExpansionBatch)
                .Select(s => new { s.BotName, s.ChatId })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var now = time.GetUtcNow().UtcDateTime;
            db.OutboxMessages.AddRange(batch.Select(r => new OutboxMessage
            {
                BotName = r.BotName,
                ChatId = r.ChatId,
                Priority = OutboxPriority.Broadcast,
                Kind = OutboxKind.Broadcast,
                Payload = payload,
                Status = OutboxStatus.Pending,
                CreatedAt = now,
                NextAttemptAt = now,
                BroadcastId = broadcastId,
            }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            written += batch.Count;
        }

        var total = await db.OutboxMessages.CountAsync(m => m.BroadcastId == broadcastId, cancellationToken);
        await db.Broadcasts.Where(b => b.Id == broadcastId)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BroadcastStatus.Sending).SetProperty(b => b.RecipientCount, total), cancellationToken);
        return written;
    }

    /// <summary>Subscribed, not switched off, the topic chosen, the library and category matching, still reachable.</summary>
    private IQueryable<Subscription> Recipients(BroadcastAudience audience)
    {
        var topic = audience.Topic;
        var query = db.Subscriptions.Where(s => !s.Off && (s.Topics & topic) == topic
            && !db.Conversations.Any(c => c.BotName == s.BotName && c.UserId == s.UserId && c.Unreachable));
        if (audience.BotName is { } botName)
        {
            query = query.Where(s => s.BotName == botName);
        }

        if (audience.LibraryId is { } libraryId)
        {
            query = query.Where(s => s.LibraryId == libraryId);
        }

        if (audience.Category is MemberCategory.Public)
        {
            // The public are those without a verified category of another kind.
            query = query.Where(s => !db.Members.Any(m => m.BotName == s.BotName && m.UserId == s.UserId
                && m.CategoryStatus == CategoryStatus.Verified && m.Category != MemberCategory.Public));
        }
        else if (audience.Category is { } category)
        {
            query = query.Where(s => db.Members.Any(m => m.BotName == s.BotName && m.UserId == s.UserId
                && m.CategoryStatus == CategoryStatus.Verified && m.Category == category));
        }

        return query;
    }
}
