using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Domain.Feedback;

public sealed record FeedbackAverage(int Id, string Name, int Count, double Average);

public sealed record FeedbackComment(DateTime RatedAt, string About, int Rating, string Comment);

/// <summary>
/// Asks a client for a rating after a held session or an attended workshop, keeps their answer, and sums the answers
/// up for the panel. Changes are tracked, not saved: the caller commits them (docs/decisions/0009).
/// </summary>
public sealed class FeedbackService(AppDbContext db, TimeProvider time)
{
    /// <summary>The one message after a held session, unless it was asked already or the client has no messenger.</summary>
    public async Task AskAboutSessionAsync(Booking booking, CancellationToken cancellationToken)
    {
        if (booking is not { BotName: { } bot, UserId: { } user, ChatId: { } chat }
            || await db.Feedback.AnyAsync(f => f.BookingId == booking.Id, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var library = booking.Library?.Name ?? await db.Libraries.Where(l => l.Id == booking.LibraryId).Select(l => l.Name).SingleAsync(cancellationToken);
        db.Feedback.Add(new ClientFeedback { BookingId = booking.Id, CounselorId = booking.CounselorId, BotName = bot, UserId = user, ChatId = chat, AskedAt = now });
        db.OutboxMessages.Add(OutboxMessage.Create(bot, chat,
            new OutgoingText(FeedbackNotices.AskAboutSession(booking.StartsAt, library), Buttons(FeedbackCallbacks.Session, booking.Id)), now, OutboxKind.Notice));
    }

    /// <summary>The one message after an attended workshop, unless it was asked already or the person has no messenger.</summary>
    public async Task AskAboutWorkshopAsync(WorkshopRegistration registration, CancellationToken cancellationToken)
    {
        if (registration is not { BotName: { } bot, UserId: { } user, ChatId: { } chat }
            || await db.Feedback.AnyAsync(f => f.RegistrationId == registration.Id, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var title = registration.Workshop?.Title ?? await db.Workshops.Where(w => w.Id == registration.WorkshopId).Select(w => w.Title).SingleAsync(cancellationToken);
        db.Feedback.Add(new ClientFeedback { RegistrationId = registration.Id, WorkshopId = registration.WorkshopId, BotName = bot, UserId = user, ChatId = chat, AskedAt = now });
        db.OutboxMessages.Add(OutboxMessage.Create(bot, chat,
            new OutgoingText(FeedbackNotices.AskAboutWorkshop(title), Buttons(FeedbackCallbacks.Workshop, registration.Id)), now, OutboxKind.Notice));
    }

    /// <summary>
    /// The client tapped a rating under the question about <paramref name="subjectId"/> (a booking or a registration);
    /// a second tap changes it. Null when the question is not this person's.
    /// </summary>
    public async Task<ClientFeedback?> RateAsync(string kind, int subjectId, int rating, string botName, long userId, CancellationToken cancellationToken)
    {
        if (rating is < 1 or > 5)
        {
            return null;
        }

        var feedback = await Own(botName, userId).SingleOrDefaultAsync(f =>
            kind == FeedbackCallbacks.Session ? f.BookingId == subjectId : f.RegistrationId == subjectId, cancellationToken);
        if (feedback is not null)
        {
            (feedback.Rating, feedback.RatedAt) = (rating, time.GetUtcNow().UtcDateTime);
        }

        return feedback;
    }

    /// <summary>The optional words after a rating.</summary>
    public async Task<bool> CommentAsync(int feedbackId, string comment, string botName, long userId, CancellationToken cancellationToken)
    {
        var feedback = await Own(botName, userId).SingleOrDefaultAsync(f => f.Id == feedbackId && f.Rating != null, cancellationToken);
        var text = comment.Trim();
        if (feedback is null || text.Length == 0)
        {
            return false;
        }

        feedback.Comment = text.Length <= ClientFeedback.MaxComment ? text : text[..ClientFeedback.MaxComment];
        return true;
    }

    /// <summary>The average rating of each counsellor who has one, of the given counsellors only when <paramref name="counselorIds"/> is set.</summary>
    public async Task<IReadOnlyList<FeedbackAverage>> CounselorAveragesAsync(IReadOnlyCollection<int>? counselorIds, CancellationToken cancellationToken)
    {
        var rated = db.Feedback.AsNoTracking().Where(f => f.CounselorId != null && f.Rating != null);
        if (counselorIds is not null)
        {
            rated = rated.Where(f => counselorIds.Contains(f.CounselorId!.Value));
        }

        var sums = await rated.GroupBy(f => f.CounselorId!.Value)
            .Select(g => new { Id = g.Key, Count = g.Count(), Sum = g.Sum(f => f.Rating!.Value) }).ToListAsync(cancellationToken);
        var ids = sums.Select(s => s.Id).ToList();
        var names = await db.Counselors.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.FullName, cancellationToken);
        return [.. sums.Select(s => new FeedbackAverage(s.Id, names[s.Id], s.Count, (double)s.Sum / s.Count)).OrderBy(a => a.Name, StringComparer.Ordinal)];
    }

    /// <summary>The average rating of each workshop that has one, at the given libraries only when <paramref name="libraryIds"/> is set.</summary>
    public async Task<IReadOnlyList<FeedbackAverage>> WorkshopAveragesAsync(IReadOnlyCollection<int>? libraryIds, CancellationToken cancellationToken)
    {
        var workshops = db.Workshops.AsNoTracking().Where(w => libraryIds == null || libraryIds.Contains(w.LibraryId));
        var sums = await db.Feedback.AsNoTracking().Where(f => f.WorkshopId != null && f.Rating != null)
            .Where(f => workshops.Any(w => w.Id == f.WorkshopId))
            .GroupBy(f => f.WorkshopId!.Value)
            .Select(g => new { Id = g.Key, Count = g.Count(), Sum = g.Sum(f => f.Rating!.Value) }).ToListAsync(cancellationToken);
        var ids = sums.Select(s => s.Id).ToList();
        var titles = await db.Workshops.AsNoTracking().Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Title, cancellationToken);
        return [.. sums.Select(s => new FeedbackAverage(s.Id, titles[s.Id], s.Count, (double)s.Sum / s.Count)).OrderBy(a => a.Name, StringComparer.Ordinal)];
    }

    /// <summary>The words clients wrote, newest first, with what they were about: for the provincial admin only.</summary>
    public async Task<IReadOnlyList<FeedbackComment>> CommentsAsync(int take, CancellationToken cancellationToken)
    {
        var rows = await db.Feedback.AsNoTracking().Where(f => f.Comment != null && f.Rating != null)
            .OrderByDescending(f => f.RatedAt).Take(take)
            .Select(f => new
            {
                RatedAt = f.RatedAt!.Value,
                Counselor = db.Counselors.Where(c => c.Id == f.CounselorId).Select(c => c.FullName).FirstOrDefault(),
                Workshop = db.Workshops.Where(w => w.Id == f.WorkshopId).Select(w => w.Title).FirstOrDefault(),
                Rating = f.Rating!.Value,
                Comment = f.Comment!,
            }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new FeedbackComment(r.RatedAt, r.Counselor ?? r.Workshop ?? "", r.Rating, r.Comment))];
    }

    private IQueryable<ClientFeedback> Own(string botName, long userId) => db.Feedback.Where(f => f.BotName == botName && f.UserId == userId);

    /// <summary>Five buttons in one row, «۱» to «۵».</summary>
    private static Keyboard Buttons(string kind, int subjectId) => Keyboard.Inline(
        [.. Enumerable.Range(1, 5).Select(n => new KeyboardButton(FeedbackNotices.RatingLabel(n), new CallbackData(FeedbackCallbacks.Feature, kind + n, subjectId).ToString()))]);
}
