using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Counseling;

/// <summary>One session on a counsellor's agenda: what the session needs, and of the client only their first name.</summary>
public sealed record AgendaItem(int BookingId, DateTime StartsAt, string Library, string Client, CounselingTopic Topic, bool Paid, BookingStatus Status);

public enum CounselorMarkOutcome { Marked, NotStarted, NotFound }

/// <summary>
/// The counsellor's side of the day, from the bot: their own sessions only, closing a session, a delay or a day off
/// told to every client it touches, and a leave request for the library to decide. Changes are tracked, not saved:
/// the caller commits them (docs/decisions/0009).
/// </summary>
public sealed class CounselorDay(AppDbContext db, BookingService bookings, TimeProvider time)
{
    /// <summary>The counsellor's confirmed and closed sessions that start in [from, until), earliest first.</summary>
    public async Task<IReadOnlyList<AgendaItem>> AgendaAsync(int counselorId, DateTime from, DateTime until, CancellationToken cancellationToken)
    {
        var rows = await db.Bookings.AsNoTracking()
            .Where(b => b.CounselorId == counselorId && b.StartsAt >= from && b.StartsAt < until
                && (b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.Attended || b.Status == BookingStatus.NoShow))
            .OrderBy(b => b.StartsAt)
            .Select(b => new
            {
                b.Id, b.StartsAt, Library = b.Library!.Name, b.Topic, b.Status, b.ToPayRials,
                Name = db.Members.Where(m => m.Id == b.MemberId || (b.BotName != null && m.BotName == b.BotName && m.UserId == b.UserId)
                    || db.MemberAccounts.Any(a => a.MemberId == m.Id && a.BotName == b.BotName && a.UserId == b.UserId)).Select(m => m.FullName).FirstOrDefault(),
                Settled = db.Payments.Any(p => p.BookingId == b.Id && (p.Status == PaymentStatus.Paid || p.Status == PaymentStatus.Waived)),
            }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new AgendaItem(r.Id, r.StartsAt, r.Library, BookingService.FirstName(r.Name), r.Topic, r.Settled || r.ToPayRials == 0, r.Status))];
    }

    /// <summary>Today in Tehran, from its midnight to the next (UTC instants).</summary>
    public (DateTime From, DateTime Until) Day(int daysFromToday)
    {
        var today = JalaliDate.FromUtc(time.GetUtcNow().UtcDateTime).AddDays(daysFromToday);
        return (today.ToUtc(TimeOnly.MinValue).Utc!.Value, today.AddDays(1).ToUtc(TimeOnly.MinValue).Utc!.Value);
    }

    /// <summary>The counsellor closes one of their own sessions once it has begun: held, or the client did not come.</summary>
    public async Task<CounselorMarkOutcome> MarkAsync(int counselorId, int bookingId, bool held, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId && b.CounselorId == counselorId, cancellationToken);
        if (booking is null)
        {
            return CounselorMarkOutcome.NotFound;
        }

        if (booking.StartsAt > time.GetUtcNow().UtcDateTime)
        {
            return CounselorMarkOutcome.NotStarted;
        }

        return await bookings.MarkAsync(bookingId, held ? BookingStatus.Attended : BookingStatus.NoShow, cancellationToken)
            ? CounselorMarkOutcome.Marked
            : CounselorMarkOutcome.NotFound;
    }

    /// <summary>Today's sessions still to come: the clients a delay or a day off reaches.</summary>
    public async Task<IReadOnlyList<Booking>> RemainingTodayAsync(int counselorId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var (_, until) = Day(0);
        return await db.Bookings.AsNoTracking().Include(b => b.Library)
            .Where(b => b.CounselorId == counselorId && b.Status == BookingStatus.Confirmed && b.StartsAt > now && b.StartsAt < until)
            .OrderBy(b => b.StartsAt).ToListAsync(cancellationToken);
    }

    /// <summary>«تأخیر دارم»: each client still to come today is told their session starts about so many minutes late.</summary>
    public async Task<int> AnnounceDelayAsync(int counselorId, int minutes, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var told = 0;
        foreach (var booking in await RemainingTodayAsync(counselorId, cancellationToken))
        {
            if (booking is { BotName: { } bot, ChatId: { } chat })
            {
                db.OutboxMessages.Add(OutboxMessage.Create(bot, chat,
                    new OutgoingText(CounselorNotices.Delay(booking, PersianNumber.Format(minutes))), now, OutboxKind.Notice));
                told++;
            }
        }

        return told;
    }

    /// <summary>
    /// «امروز نمی‌آیم»: the rest of today becomes a leave (so no one books those hours again), and each of today's
    /// remaining sessions is cancelled as staff cancel one: the client told why and offered another time, the payment
    /// following the refund rule.
    /// </summary>
    public async Task<int> CancelTodayAsync(int counselorId, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var (_, until) = Day(0);
        var text = reason.Trim();
        db.CounselorLeaves.Add(new CounselorLeave { CounselorId = counselorId, StartsAt = now, EndsAt = until, Reason = text });
        var cancelled = 0;
        foreach (var booking in await RemainingTodayAsync(counselorId, cancellationToken))
        {
            cancelled += await bookings.CancelByStaffAsync(booking.Id, text, cancellationToken, tellCounselor: false) == CancelOutcome.Cancelled ? 1 : 0;
        }

        return cancelled;
    }

    /// <summary>A request for the days from <paramref name="first"/> to <paramref name="last"/>, for the library to decide.</summary>
    public LeaveRequest RequestLeave(int counselorId, JalaliDate first, JalaliDate last, string? reason)
    {
        var request = new LeaveRequest
        {
            CounselorId = counselorId,
            StartsAt = first.ToUtc(TimeOnly.MinValue).Utc!.Value,
            EndsAt = last.AddDays(1).ToUtc(TimeOnly.MinValue).Utc!.Value,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            Status = LeaveRequestStatus.Pending,
            RequestedAt = time.GetUtcNow().UtcDateTime,
        };
        db.LeaveRequests.Add(request);
        return request;
    }

    /// <summary>
    /// Staff decide a pending request: an approval becomes a leave that blocks those slots (the bookings it breaks are
    /// then reviewed on the counsellor's «نوبت‌های ناسازگار» page); the counsellor is told either way.
    /// </summary>
    public async Task<LeaveRequest?> DecideLeaveAsync(int requestId, bool approve, string staffUserName, CancellationToken cancellationToken)
    {
        var request = await db.LeaveRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.Status == LeaveRequestStatus.Pending, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        (request.Status, request.DecidedAt, request.DecidedBy) = (approve ? LeaveRequestStatus.Approved : LeaveRequestStatus.Refused, now, staffUserName);
        if (approve)
        {
            db.CounselorLeaves.Add(new CounselorLeave { CounselorId = request.CounselorId, StartsAt = request.StartsAt, EndsAt = request.EndsAt, Reason = request.Reason });
        }

        var text = approve ? CounselorNotices.LeaveApproved(request.StartsAt, request.EndsAt) : CounselorNotices.LeaveRefused(request.StartsAt, request.EndsAt);
        foreach (var account in await CounselorAccounts.Of(db, request.CounselorId).AsNoTracking().ToListAsync(cancellationToken))
        {
            db.OutboxMessages.Add(OutboxMessage.Create(account.BotName, account.ChatId, new OutgoingText(text), now, OutboxKind.Notice));
        }

        return request;
    }
}
