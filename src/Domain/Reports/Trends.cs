using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Domain.Reports;

/// <summary>An Iranian week, Saturday to Friday, in Tehran.</summary>
public readonly record struct JalaliWeek(JalaliDate Saturday)
{
    public static JalaliWeek Of(DateTime utc)
    {
        var day = JalaliDate.FromUtc(utc);
        return new(day.AddDays(-PersianWeek.DayIndex(day.DayOfWeek)));
    }

    public JalaliWeek Next => new(Saturday.AddDays(7));

    public DateTime StartUtc => Saturday.ToUtc(TimeOnly.MinValue).Utc!.Value;

    /// <summary>«۱۵ آذر»: the week by its Saturday.</summary>
    public string Format() => $"{PersianNumber.FormatPlain(Saturday.Day)} {Saturday.MonthName}";
}

/// <summary>One library's sessions in each of <see cref="Trends.Weeks"/>, in the same order.</summary>
public sealed record LibraryWeeks(string Library, IReadOnlyList<int> Sessions);

/// <summary>A week's past sessions whose attendance was recorded.</summary>
public sealed record WeekAttendance(JalaliWeek Week, int Attended, int NoShow)
{
    public int NoShowPercent => Attended + NoShow == 0 ? 0 : (int)Math.Round(100.0 * NoShow / (Attended + NoShow));
}

/// <summary>A workshop's seats taken over its capacity.</summary>
public sealed record WorkshopFill(string Title, DateTime StartsAt, int Taken, int Capacity)
{
    public int Percent => Capacity == 0 ? 0 : (int)Math.Round(100.0 * Taken / Capacity);
}

/// <summary>The dashboard's pictures: the weeks around this one, and the workshops around today.</summary>
public sealed record TrendFigures(
    IReadOnlyList<JalaliWeek> Weeks,
    IReadOnlyList<LibraryWeeks> SessionsPerLibrary,
    IReadOnlyList<WeekAttendance> Attendance,
    IReadOnlyList<WorkshopFill> Workshops)
{
    public static readonly TrendFigures Empty = new([], [], [], []);
}

/// <summary>
/// How things went lately: sessions per week per library (<see cref="Booking.CountsAsSession"/>, by the week the
/// session falls in: the six past weeks, this one and the next), attended and missed sessions in the eight weeks up to
/// this one, and the fill of the workshops that started in the last thirty days or start in the next thirty.
/// </summary>
public sealed class Trends(AppDbContext db, TimeProvider time)
{
    public const int PastWeeks = 6;
    public const int WorkshopDays = 30;

    /// <param name="libraries">The libraries in the staff member's scope; null for all.</param>
    public async Task<TrendFigures> BuildAsync(IReadOnlyList<int>? libraries, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var thisWeek = JalaliWeek.Of(now);
        var first = new JalaliWeek(thisWeek.Saturday.AddDays(-7 * PastWeeks));
        var weeks = Enumerable.Range(0, PastWeeks + 2).Select(i => new JalaliWeek(first.Saturday.AddDays(7 * i))).ToList();
        var (fromUtc, untilUtc) = (first.StartUtc, weeks[^1].Next.StartUtc);
        bool InScope(int libraryId) => libraries is null || libraries.Contains(libraryId);

        var activeLibraries = (await db.Libraries.AsNoTracking().Where(l => l.Active).OrderBy(l => l.Id).Select(l => new { l.Id, l.Name })
            .ToListAsync(cancellationToken)).Where(l => InScope(l.Id)).ToList();
        var sessions = (await db.Bookings.AsNoTracking().Where(Booking.CountsAsSession).Where(b => b.StartsAt >= fromUtc && b.StartsAt < untilUtc)
            .Select(b => new { b.LibraryId, b.StartsAt, b.Status }).ToListAsync(cancellationToken))
            .Where(b => InScope(b.LibraryId)).Select(b => (b.LibraryId, Week: JalaliWeek.Of(b.StartsAt), b.Status)).ToList();

        var perLibrary = activeLibraries
            .Select(l => new LibraryWeeks(l.Name, [.. weeks.Select(w => sessions.Count(s => s.LibraryId == l.Id && s.Week == w))]))
            .Where(l => l.Sessions.Any(c => c > 0)).ToList();
        var attendance = weeks.Where(w => w.StartUtc <= now)
            .Select(w => new WeekAttendance(w, sessions.Count(s => s.Week == w && s.Status == BookingStatus.Attended),
                sessions.Count(s => s.Week == w && s.Status == BookingStatus.NoShow))).ToList();

        var (workshopsFrom, workshopsUntil) = (now.AddDays(-WorkshopDays), now.AddDays(WorkshopDays));
        var workshops = (await db.Workshops.AsNoTracking()
            .Where(w => w.Status == WorkshopStatus.Published && w.StartsAt >= workshopsFrom && w.StartsAt < workshopsUntil)
            .Select(w => new { w.Id, w.Title, w.LibraryId, w.StartsAt, w.Capacity }).ToListAsync(cancellationToken))
            .Where(w => InScope(w.LibraryId)).OrderBy(w => w.StartsAt).ThenBy(w => w.Id).ToList();
        var ids = workshops.Select(w => w.Id).ToList();
        var taken = await db.WorkshopRegistrations.AsNoTracking().Where(WorkshopRegistration.HoldsSeat).Where(r => ids.Contains(r.WorkshopId))
            .GroupBy(r => r.WorkshopId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        return new TrendFigures(weeks, perLibrary, attendance,
            [.. workshops.Select(w => new WorkshopFill(w.Title, w.StartsAt, taken.GetValueOrDefault(w.Id), w.Capacity))]);
    }
}
