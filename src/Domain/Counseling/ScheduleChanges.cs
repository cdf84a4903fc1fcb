using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Counseling;

/// <summary>
/// After staff change a weekly plan or add a leave, closure or holiday: which future bookings no longer fit,
/// for staff to review; on their confirmation each person is told and offered another time.
/// </summary>
public sealed class ScheduleChanges(AppDbContext db, BookingService bookings, TimeProvider time)
{
    public async Task<IReadOnlyList<Booking>> BrokenBookingsAsync(int counselorId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var counselor = await db.Counselors.AsNoTracking().Include(c => c.WeeklyPlan).SingleAsync(c => c.Id == counselorId, cancellationToken);
        var future = await db.Bookings.AsNoTracking().Include(b => b.Library)
            .Where(b => b.CounselorId == counselorId && b.Status == BookingStatus.Confirmed && b.StartsAt > now)
            .OrderBy(b => b.StartsAt).ToListAsync(cancellationToken);
        var libraries = future.Select(b => b.LibraryId).Distinct().ToList();
        var blocked = await db.CounselorLeaves.AsNoTracking().Where(l => l.CounselorId == counselorId && l.EndsAt > now)
            .Select(l => new { LibraryId = (int?)null, l.StartsAt, l.EndsAt })
            .Concat(db.LibraryClosures.AsNoTracking().Where(c => libraries.Contains(c.LibraryId) && c.EndsAt > now)
                .Select(c => new { LibraryId = (int?)c.LibraryId, c.StartsAt, c.EndsAt }))
            .ToListAsync(cancellationToken);
        var holidays = (await db.OfficialHolidays.AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken)).ToHashSet();

        return [.. future.Where(b =>
            holidays.Contains(DateOnly.FromDateTime(JalaliDate.ToTehran(b.StartsAt)))
            || blocked.Any(x => (x.LibraryId is null || x.LibraryId == b.LibraryId) && x.StartsAt < b.EndsAt && b.StartsAt < x.EndsAt)
            || !InsidePlan(counselor, b))];
    }

    /// <summary>Staff confirmed: each of these bookings is cancelled with the reason, and the person offered another time.</summary>
    public async Task<int> CancelAndOfferAnotherTimeAsync(IEnumerable<int> bookingIds, string reason, CancellationToken cancellationToken)
    {
        var cancelled = 0;
        foreach (var id in bookingIds)
        {
            cancelled += await bookings.CancelByStaffAsync(id, reason, cancellationToken) == CancelOutcome.Cancelled ? 1 : 0;
        }

        return cancelled;
    }

    /// <summary>The session lies within one of the plan's ranges for that library and Tehran weekday.</summary>
    private static bool InsidePlan(Counselor counselor, Booking booking)
    {
        var start = JalaliDate.ToTehran(booking.StartsAt);
        var end = JalaliDate.ToTehran(booking.EndsAt);
        return counselor.WeeklyPlan.Any(range =>
        {
            if (range.LibraryId != booking.LibraryId || range.Day != start.DayOfWeek)
            {
                return false;
            }

            var from = start.Date + range.Start.ToTimeSpan();
            // A range ending at 00:00 runs to midnight, as the slot engine reads it.
            var to = range.End == TimeOnly.MinValue ? start.Date.AddDays(1) : start.Date + range.End.ToTimeSpan();
            return from <= start && end <= to;
        });
    }
}
