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
    /// <summary>The counsellor's future bookings that a holiday, their leave, a closure of the library or their weekly plan no longer allows.</summary>
    public async Task<IReadOnlyList<Booking>> BrokenBookingsAsync(int counselorId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var counselor = await db.Counselors.AsNoTracking().Include(c => c.WeeklyPlan).SingleAsync(c => c.Id == counselorId, cancellationToken);
        var future = await FutureAsync(db.Bookings.Where(b => b.CounselorId == counselorId), now, cancellationToken);
        var libraries = future.Select(b => b.LibraryId).Distinct().ToList();
        var blocked = (await db.CounselorLeaves.AsNoTracking().Where(l => l.CounselorId == counselorId && l.EndsAt > now)
            .Select(l => new { LibraryId = (int?)null, l.StartsAt, l.EndsAt })
            .Concat(db.LibraryClosures.AsNoTracking().Where(c => libraries.Contains(c.LibraryId) && c.EndsAt > now)
                .Select(c => new { LibraryId = (int?)c.LibraryId, c.StartsAt, c.EndsAt }))
            .ToListAsync(cancellationToken)).Select(x => new Blocked(x.LibraryId, x.StartsAt, x.EndsAt)).ToList();
        var holidays = (await db.OfficialHolidays.AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken)).ToHashSet();

        return [.. future.Where(b =>
            holidays.Contains(DateOnly.FromDateTime(JalaliDate.ToTehran(b.StartsAt)))
            || blocked.Any(x => x.Covers(b))
            || !InsidePlan(counselor, b))];
    }

    /// <summary>
    /// The library's future bookings that fall in one of its closures, with their counsellor: staff cancel them from
    /// each counsellor's <see cref="BrokenBookingsAsync"/>, which finds the same ones.
    /// </summary>
    public async Task<IReadOnlyList<Booking>> BrokenByClosureAsync(int libraryId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var closures = await db.LibraryClosures.AsNoTracking().Where(c => c.LibraryId == libraryId && c.EndsAt > now)
            .Select(c => new Blocked(c.LibraryId, c.StartsAt, c.EndsAt)).ToListAsync(cancellationToken);
        if (closures.Count == 0)
        {
            return [];
        }

        var future = await FutureAsync(db.Bookings.Include(b => b.Counselor).Where(b => b.LibraryId == libraryId), now, cancellationToken);
        return [.. future.Where(b => closures.Any(c => c.Covers(b)))];
    }

    /// <summary>
    /// Staff confirmed: each of these bookings is cancelled with the reason, and the person offered another time,
    /// all in the caller's one commit.
    /// </summary>
    public async Task<int> CancelAndOfferAnotherTimeAsync(IEnumerable<int> bookingIds, string reason, CancellationToken cancellationToken)
    {
        var cancelled = 0;
        foreach (var id in bookingIds)
        {
            cancelled += await bookings.CancelByStaffAsync(id, reason, cancellationToken) == CancelOutcome.Cancelled ? 1 : 0;
        }

        return cancelled;
    }

    private static Task<List<Booking>> FutureAsync(IQueryable<Booking> bookings, DateTime now, CancellationToken cancellationToken) =>
        bookings.AsNoTracking().Include(b => b.Library).Where(b => b.Status == BookingStatus.Confirmed && b.StartsAt > now)
            .OrderBy(b => b.StartsAt).ToListAsync(cancellationToken);

    /// <summary>A leave (every library) or a closure (one library).</summary>
    private sealed record Blocked(int? LibraryId, DateTime StartsAt, DateTime EndsAt)
    {
        public bool Covers(Booking booking) =>
            (LibraryId is null || LibraryId == booking.LibraryId) && StartsAt < booking.EndsAt && booking.StartsAt < EndsAt;
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
            var to = start.Date + WeeklyPlanEntry.EndOfRange(range.End);
            return from <= start && end <= to;
        });
    }
}
