using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Admin.Pages;

/// <summary>The day at a glance, for the libraries in the signed-in person's scope.</summary>
public class IndexModel(AppDbContext db, StaffScope scope, TimeProvider time) : PageModel
{
    public int Libraries { get; private set; }
    public int Counselors { get; private set; }
    public int UpcomingWorkshops { get; private set; }
    public int BotUsers { get; private set; }
    public int SessionsToday { get; private set; }
    public int SessionsThisWeek { get; private set; }
    public int PendingVerifications { get; private set; }
    public int VisitsBookedThisMonth { get; private set; }
    public long DiscountsThisMonthRials { get; private set; }
    public IReadOnlyList<(string Title, int Taken, int Capacity)> FillingUp { get; private set; } = [];
    public IReadOnlyList<LibraryDay> PerLibrary { get; private set; } = [];
    public IReadOnlyList<CounselorLoad> Utilisation { get; private set; } = [];

    public sealed record LibraryDay(string Library, int Today, int ThisWeek);

    /// <summary>Booked minutes over the minutes the weekly plan offers in the coming seven days.</summary>
    public sealed record CounselorLoad(string Counselor, int Sessions, int BookedMinutes, int PlannedMinutes)
    {
        public int Percent => PlannedMinutes == 0 ? 0 : (int)Math.Round(100.0 * BookedMinutes / PlannedMinutes);
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = JalaliDate.FromUtc(now);
        var dayStart = today.ToUtc(TimeOnly.MinValue).Utc ?? now.Date;
        var monthStart = (JalaliDate.TryCreate(today.Year, today.Month, 1, out var first) ? first.ToUtc(TimeOnly.MinValue).Utc : null) ?? dayStart;
        var allowed = await scope.LibraryIdsAsync(cancellationToken);
        bool InScope(int libraryId) => allowed is null || allowed.Contains(libraryId);

        var libraries = (await db.Libraries.AsNoTracking().Where(l => l.Active).Select(l => new { l.Id, l.Name }).ToListAsync(cancellationToken))
            .Where(l => InScope(l.Id)).ToList();
        Libraries = libraries.Count;
        Counselors = await db.Counselors.AsNoTracking().CountAsync(c => c.Active, cancellationToken);
        BotUsers = await db.Conversations.AsNoTracking().CountAsync(cancellationToken);

        var bookings = (await db.Bookings.AsNoTracking()
            .Where(b => (b.StartsAt >= dayStart && b.StartsAt < dayStart.AddDays(7)) || b.CreatedAt >= monthStart)
            .Select(b => new { b.LibraryId, b.CounselorId, b.StartsAt, b.EndsAt, b.CreatedAt, b.Status, b.DiscountRials }).ToListAsync(cancellationToken))
            .Where(b => InScope(b.LibraryId)).ToList();
        bool Holds(BookingStatus s) => s is BookingStatus.Confirmed or BookingStatus.Attended or BookingStatus.NoShow;
        var week = bookings.Where(b => Holds(b.Status) && b.StartsAt >= dayStart && b.StartsAt < dayStart.AddDays(7)).ToList();
        bool Today(DateTime startsAt) => startsAt < dayStart.AddDays(1);
        SessionsToday = week.Count(b => Today(b.StartsAt));
        SessionsThisWeek = week.Count;
        PerLibrary = [.. libraries.Select(l => new LibraryDay(l.Name,
            week.Count(b => b.LibraryId == l.Id && Today(b.StartsAt)), week.Count(b => b.LibraryId == l.Id)))];

        // Each weekday comes once in the coming seven days, so the plan's ranges are the week's offered time.
        var plan = (await db.WeeklyPlanEntries.AsNoTracking()
            .Join(db.Counselors.Where(c => c.Active), e => e.CounselorId, c => c.Id, (e, c) => new { e.CounselorId, c.FullName, e.LibraryId, e.Start, e.End })
            .ToListAsync(cancellationToken))
            .Where(e => InScope(e.LibraryId)).ToList();
        Utilisation = [.. plan.GroupBy(e => (e.CounselorId, e.FullName)).Select(g =>
            {
                var booked = week.Where(b => b.CounselorId == g.Key.CounselorId && g.Any(e => e.LibraryId == b.LibraryId)).ToList();
                var planned = g.Sum(e => (int)((e.End == TimeOnly.MinValue ? TimeSpan.FromDays(1) : e.End.ToTimeSpan()) - e.Start.ToTimeSpan()).TotalMinutes);
                return new CounselorLoad(g.Key.FullName, booked.Count, booked.Sum(b => (int)(b.EndsAt - b.StartsAt).TotalMinutes), planned);
            }).OrderByDescending(c => c.Percent)];

        var members = (await db.Members.AsNoTracking()
            .Where(m => m.CategoryStatus == CategoryStatus.Pending || m.CreatedAt >= monthStart)
            .Select(m => new { m.LibraryId, m.CategoryStatus, m.CreatedAt, Discount = m.FeeBaseRials - m.FeeToPayRials }).ToListAsync(cancellationToken))
            .Where(m => InScope(m.LibraryId)).ToList();
        PendingVerifications = members.Count(m => m.CategoryStatus == CategoryStatus.Pending);

        var workshops = (await db.Workshops.AsNoTracking().Where(w => w.Status == WorkshopStatus.Published && w.StartsAt > now)
            .Select(w => new { w.Id, w.Title, w.LibraryId, w.Capacity }).ToListAsync(cancellationToken))
            .Where(w => InScope(w.LibraryId)).ToList();
        UpcomingWorkshops = workshops.Count;
        var ids = workshops.Select(w => w.Id).ToList();
        var taken = await db.WorkshopRegistrations.AsNoTracking().Where(WorkshopRegistration.HoldsSeat).Where(r => ids.Contains(r.WorkshopId))
            .GroupBy(r => r.WorkshopId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        FillingUp = [.. workshops.Select(w => (w.Title, Taken: taken.GetValueOrDefault(w.Id), w.Capacity))
            .Where(w => w.Capacity > 0 && w.Taken * 10 >= w.Capacity * 8).OrderByDescending(w => w.Taken)];

        var workshopMonth = (await db.WorkshopRegistrations.AsNoTracking().Where(r => r.CreatedAt >= monthStart)
            .Select(r => new { r.Workshop!.LibraryId, r.DiscountRials }).ToListAsync(cancellationToken)).Where(r => InScope(r.LibraryId)).ToList();
        var bookedThisMonth = bookings.Where(b => b.CreatedAt >= monthStart && b.Status != BookingStatus.HoldExpired && b.Status != BookingStatus.Held).ToList();
        VisitsBookedThisMonth = bookedThisMonth.Count + workshopMonth.Count;
        DiscountsThisMonthRials = bookedThisMonth.Sum(b => b.DiscountRials) + workshopMonth.Sum(r => r.DiscountRials)
            + members.Where(m => m.CreatedAt >= monthStart).Sum(m => m.Discount);
    }
}
