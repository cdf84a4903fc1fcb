using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Domain.Reports;

/// <summary>A library's sessions today and in the coming seven days.</summary>
public sealed record LibraryDay(string Library, int Today, int ThisWeek);

/// <summary>A counsellor's booked minutes over the minutes the weekly plan offers in the coming seven days.</summary>
public sealed record CounselorLoad(string Counselor, int Sessions, int BookedMinutes, int PlannedMinutes)
{
    public int Percent => PlannedMinutes == 0 ? 0 : (int)Math.Round(100.0 * BookedMinutes / PlannedMinutes);
}

/// <summary>A workshop with four in five of its seats or more taken.</summary>
public sealed record FillingWorkshop(string Title, int Taken, int Capacity);

/// <summary>The day at a glance for some libraries: the panel's first page.</summary>
public sealed record DashboardFigures(
    int Libraries,
    int Counselors,
    int UpcomingWorkshops,
    int BotUsers,
    int SessionsToday,
    int SessionsThisWeek,
    int PendingVerifications,
    int VisitsBookedThisMonth,
    long DiscountsThisMonthRials,
    IReadOnlyList<FillingWorkshop> FillingUp,
    IReadOnlyList<LibraryDay> PerLibrary,
    IReadOnlyList<CounselorLoad> Utilisation,
    IReadOnlyList<int> YearsWithoutLunarHolidays)
{
    public static readonly DashboardFigures Empty = new(0, 0, 0, 0, 0, 0, 0, 0, 0, [], [], [], []);
}

/// <summary>
/// Counts for the dashboard. "Today", "this week" (today and the six days after) and "this month" (the Jalali month
/// so far) are Tehran's; a session counts when <see cref="Booking.CountsAsSession"/> says so.
/// </summary>
public sealed class Dashboard(AppDbContext db, TimeProvider time)
{
    /// <param name="libraries">The libraries in the staff member's scope; null for all.</param>
    public async Task<DashboardFigures> BuildAsync(IReadOnlyList<int>? libraries, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = JalaliDate.FromUtc(now);
        var dayStart = today.ToUtc(TimeOnly.MinValue).Utc ?? now.Date;
        var weekEnd = dayStart.AddDays(7);
        var monthStart = (JalaliDate.TryCreate(today.Year, today.Month, 1, out var first) ? first.ToUtc(TimeOnly.MinValue).Utc : null) ?? dayStart;
        bool InScope(int libraryId) => libraries is null || libraries.Contains(libraryId);
        bool Today(DateTime startsAt) => startsAt < dayStart.AddDays(1);

        var activeLibraries = (await db.Libraries.AsNoTracking().Where(l => l.Active).Select(l => new { l.Id, l.Name }).ToListAsync(cancellationToken))
            .Where(l => InScope(l.Id)).ToList();
        var week = (await db.Bookings.AsNoTracking().Where(Booking.CountsAsSession).Where(b => b.StartsAt >= dayStart && b.StartsAt < weekEnd)
            .Select(b => new { b.LibraryId, b.CounselorId, b.StartsAt, b.EndsAt }).ToListAsync(cancellationToken))
            .Where(b => InScope(b.LibraryId)).ToList();

        // Each weekday comes once in the coming seven days, so the plan's ranges are the week's offered time.
        var plan = (await db.WeeklyPlanEntries.AsNoTracking()
            .Join(db.Counselors.Where(c => c.Active), e => e.CounselorId, c => c.Id, (e, c) => new { e.CounselorId, c.FullName, e.LibraryId, e.Start, e.End })
            .ToListAsync(cancellationToken))
            .Where(e => InScope(e.LibraryId)).ToList();
        var utilisation = plan.GroupBy(e => (e.CounselorId, e.FullName)).Select(g =>
            {
                var booked = week.Where(b => b.CounselorId == g.Key.CounselorId && g.Any(e => e.LibraryId == b.LibraryId)).ToList();
                var planned = g.Sum(e => (int)(WeeklyPlanEntry.EndOfRange(e.End) - e.Start.ToTimeSpan()).TotalMinutes);
                return new CounselorLoad(g.Key.FullName, booked.Count, booked.Sum(b => (int)(b.EndsAt - b.StartsAt).TotalMinutes), planned);
            }).OrderByDescending(c => c.Percent).ToList();

        var members = (await db.Members.AsNoTracking()
            .Where(m => m.CategoryStatus == CategoryStatus.Pending || m.CreatedAt >= monthStart)
            .Select(m => new { m.LibraryId, m.CategoryStatus, m.CreatedAt, Discount = m.FeeBaseRials - m.FeeToPayRials }).ToListAsync(cancellationToken))
            .Where(m => InScope(m.LibraryId)).ToList();

        var workshops = (await db.Workshops.AsNoTracking().Where(w => w.Status == WorkshopStatus.Published && w.StartsAt > now)
            .Select(w => new { w.Id, w.Title, w.LibraryId, w.Capacity }).ToListAsync(cancellationToken))
            .Where(w => InScope(w.LibraryId)).ToList();
        var ids = workshops.Select(w => w.Id).ToList();
        var taken = await db.WorkshopRegistrations.AsNoTracking().Where(WorkshopRegistration.HoldsSeat).Where(r => ids.Contains(r.WorkshopId))
            .GroupBy(r => r.WorkshopId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var fillingUp = workshops.Select(w => new FillingWorkshop(w.Title, taken.GetValueOrDefault(w.Id), w.Capacity))
            .Where(w => w.Capacity > 0 && w.Taken * 10 >= w.Capacity * 8).OrderByDescending(w => w.Taken).ToList();

        // A visit is a booking or a workshop place made this month, whatever became of it since.
        var bookedThisMonth = (await db.Bookings.AsNoTracking().Where(Booking.IsBooked).Where(b => b.CreatedAt >= monthStart)
            .Select(b => new { b.LibraryId, b.DiscountRials }).ToListAsync(cancellationToken)).Where(b => InScope(b.LibraryId)).ToList();
        var workshopMonth = (await db.WorkshopRegistrations.AsNoTracking().Where(r => r.CreatedAt >= monthStart)
            .Select(r => new { r.Workshop!.LibraryId, r.DiscountRials }).ToListAsync(cancellationToken)).Where(r => InScope(r.LibraryId)).ToList();

        return new DashboardFigures(
            Libraries: activeLibraries.Count,
            Counselors: await db.Counselors.AsNoTracking().CountAsync(c => c.Active, cancellationToken),
            UpcomingWorkshops: workshops.Count,
            BotUsers: await db.Conversations.AsNoTracking().CountAsync(cancellationToken),
            SessionsToday: week.Count(b => Today(b.StartsAt)),
            SessionsThisWeek: week.Count,
            PendingVerifications: members.Count(m => m.CategoryStatus == CategoryStatus.Pending),
            VisitsBookedThisMonth: bookedThisMonth.Count + workshopMonth.Count,
            DiscountsThisMonthRials: bookedThisMonth.Sum(b => b.DiscountRials) + workshopMonth.Sum(r => r.DiscountRials)
                + members.Where(m => m.CreatedAt >= monthStart).Sum(m => m.Discount),
            FillingUp: fillingUp,
            PerLibrary: [.. activeLibraries.Select(l => new LibraryDay(l.Name,
                week.Count(b => b.LibraryId == l.Id && Today(b.StartsAt)), week.Count(b => b.LibraryId == l.Id)))],
            Utilisation: utilisation,
            YearsWithoutLunarHolidays: await YearsWithoutLunarHolidaysAsync(today.Year, cancellationToken));
    }

    // The solar holidays are written on every install; a year with nothing else has had no lunar holiday entered.
    private async Task<IReadOnlyList<int>> YearsWithoutLunarHolidaysAsync(int thisYear, CancellationToken cancellationToken)
    {
        var (first, _) = OfficialHolidays.JalaliYear(thisYear);
        var (_, last) = OfficialHolidays.JalaliYear(thisYear + 1);
        var dates = await db.OfficialHolidays.AsNoTracking().Where(h => h.Date >= first && h.Date <= last).Select(h => h.Date).ToListAsync(cancellationToken);
        return [.. new[] { thisYear, thisYear + 1 }.Where(year =>
        {
            var (from, to) = OfficialHolidays.JalaliYear(year);
            return !dates.Any(d => d >= from && d <= to && !OfficialHolidays.IsFixedSolar(d));
        })];
    }
}
