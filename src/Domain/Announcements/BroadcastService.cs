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
        if (Check(draft, text, now) is { } error)
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
    /// Changes a broadcast that has not started: its text, photo (the draft's; <paramref name="keepPhoto"/> keeps the
    /// one it has when the draft brings none), audience and time. Refused once the expansion round took it up.
    /// </summary>
    /// <remarks>
    /// Commits, with whatever the caller has tracked (its audit entry): the change races the round that starts the
    /// broadcast, and only a write conditioned on its status says which came first.
    /// </remarks>
    public async Task<BroadcastCreation> EditAsync(int broadcastId, BroadcastDraft draft, bool keepPhoto, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var text = draft.Text.Trim();
        var current = await db.Broadcasts.AsNoTracking().SingleOrDefaultAsync(b => b.Id == broadcastId, cancellationToken);
        if (current is not { Status: BroadcastStatus.Scheduled })
        {
            return new(null, BroadcastNotices.AlreadyStarted);
        }

        var photo = draft.Photo ?? (keepPhoto ? current.Photo : null);
        if (Check(draft with { Photo = photo }, text, now) is { } error)
        {
            return new(null, error);
        }

        var (audience, at) = (draft.Audience, draft.ScheduledAt ?? now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await db.Broadcasts.Where(b => b.Id == broadcastId && b.Status == BroadcastStatus.Scheduled)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Text, text).SetProperty(b => b.Photo, photo)
                .SetProperty(b => b.Topic, audience.Topic).SetProperty(b => b.LibraryId, audience.LibraryId)
                .SetProperty(b => b.Category, audience.Category).SetProperty(b => b.BotName, audience.BotName)
                .SetProperty(b => b.ScheduledAt, at), cancellationToken);
        if (changed == 0)
        {
            return new(null, BroadcastNotices.AlreadyStarted);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(await db.Broadcasts.AsNoTracking().SingleAsync(b => b.Id == broadcastId, cancellationToken), null);
    }

    /// <summary>Cancels a broadcast that has not started: nobody receives it. False once the expansion round took it up.</summary>
    /// <remarks>Commits, with whatever the caller has tracked (its audit entry): it races the round that starts the broadcast.</remarks>
    public async Task<bool> CancelAsync(int broadcastId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cancelled = await db.Broadcasts.Where(b => b.Id == broadcastId && b.Status == BroadcastStatus.Scheduled)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BroadcastStatus.Cancelled), cancellationToken);
        if (cancelled == 0)
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
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
        Reach(Recipients(audience)).CountAsync(cancellationToken);

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
        // Taken up only if staff did not cancel or change it meanwhile: the write is conditioned on the status, as theirs is.
        await db.Broadcasts.Where(b => b.Id == broadcastId && b.Status == BroadcastStatus.Scheduled)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BroadcastStatus.Expanding), cancellationToken);
        var broadcast = await db.Broadcasts.AsNoTracking().SingleAsync(b => b.Id == broadcastId, cancellationToken);
        if (broadcast.Status != BroadcastStatus.Expanding)
        {
            return 0;
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
            var batch = await Reach(Recipients(broadcast.Audience))
                .Where(r => !db.OutboxMessages.Any(m => m.BroadcastId == broadcastId && m.BotName == r.BotName && m.ChatId == r.ChatId))
                .OrderBy(r => r.BotName).ThenBy(r => r.ChatId)
                .Take(ExpansionBatch)
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

    private static string? Check(BroadcastDraft draft, string text, DateTime now) =>
        text.Length == 0 ? BroadcastNotices.EmptyText
        : text.Length > MaxText ? BroadcastNotices.TextTooLong
        : draft.Photo is not null && text.Length > MaxCaption ? BroadcastNotices.CaptionTooLong
        : draft.Photo is { Length: > MaxPhotoBytes } ? BroadcastNotices.PhotoTooLarge
        : draft.Photo is not null && !IsJpegOrPng(draft.Photo) ? BroadcastNotices.PhotoNotImage
        : !AnnouncementTopics.IsSingle(draft.Audience.Topic) ? BroadcastNotices.OneTopic
        : draft.ScheduledAt < now - TimeSpan.FromMinutes(1) ? BroadcastNotices.InThePast
        : null;

    /// <summary>What both messengers take as a photo, told by the first bytes, not by the name or the type the browser sent.</summary>
    private static bool IsJpegOrPng(byte[] photo) => photo is [0xFF, 0xD8, 0xFF, ..] or [0x89, (byte)'P', (byte)'N', (byte)'G', ..];

    /// <summary>
    /// Where each subscriber is reached, once per person: a member's subscriptions from several messengers all lead to the
    /// messenger they used last (the member's own columns), and the same chat is written once. Decided here rather than
    /// left to <see cref="Membership.LastUsedMessenger"/>: the skip of what earlier batches wrote must compare the chat the
    /// copy really went to, or a person's second subscription would be written again in every batch.
    /// </summary>
    private IQueryable<BroadcastReach> Reach(IQueryable<Subscription> subscribers) => subscribers
        .Select(s => new BroadcastReach
        {
            BotName = db.MemberAccounts.Where(a => a.BotName == s.BotName && a.UserId == s.UserId).Select(a => a.Member!.BotName).FirstOrDefault() ?? s.BotName,
            ChatId = db.MemberAccounts.Where(a => a.BotName == s.BotName && a.UserId == s.UserId).Select(a => a.Member!.ChatId).FirstOrDefault() ?? s.ChatId,
        })
        .Distinct();

    // A class with settable members, not a positional record: EF can go on querying (skip, order, take) through a member initialiser.
    private sealed class BroadcastReach
    {
        public required string BotName { get; init; }
        public long ChatId { get; init; }
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
