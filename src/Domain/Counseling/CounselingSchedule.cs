using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Libraries;

namespace RahZendegi.Domain.Counseling;

/// <summary>Who counsels on what, where, and when they are free: loads what the slot engine needs and asks it.</summary>
public sealed class CounselingSchedule(AppDbContext db, TimeProvider time, IOptions<CounselingOptions> options)
{
    // The service lives for one update (or one page), and a booking step asks for the counsellors several times:
    // they are read once. Bookings are not kept: another person may take a slot in the meantime.
    private List<Counselor>? activeCounselors;

    /// <summary>Libraries where an active counsellor of this topic works.</summary>
    public async Task<IReadOnlyList<Library>> LibrariesForAsync(CounselingTopic topic, CancellationToken cancellationToken)
    {
        var counselors = await ActiveCounselorsAsync(topic, cancellationToken);
        var ids = counselors.SelectMany(c => c.WeeklyPlan).Select(e => e.LibraryId).Distinct().ToList();
        return await db.Libraries.AsNoTracking().Where(l => l.Active && ids.Contains(l.Id)).OrderBy(l => l.City).ThenBy(l => l.Name)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The topics some active counsellor at an active library offers: the bot lists no topic that leads nowhere.</summary>
    public async Task<IReadOnlyList<CounselingTopic>> TopicsOfferedAsync(CancellationToken cancellationToken)
    {
        var libraries = await db.Libraries.AsNoTracking().Where(l => l.Active).Select(l => l.Id).ToListAsync(cancellationToken);
        var working = (await AllActiveCounselorsAsync(cancellationToken)).Where(c => c.WeeklyPlan.Any(e => libraries.Contains(e.LibraryId))).ToList();
        return [.. CounselingTopics.All.Select(t => t.Topic).Where(topic => working.Any(c => c.Specialties.HasFlag(topic)))];
    }

    public async Task<IReadOnlyList<Counselor>> CounselorsAtAsync(int libraryId, CounselingTopic topic, CancellationToken cancellationToken) =>
        [.. (await ActiveCounselorsAsync(topic, cancellationToken))
            .Where(c => c.WeeklyPlan.Any(e => e.LibraryId == libraryId))
            .OrderBy(c => c.FullName)];

    /// <summary>Free slots at a library for the given counsellors, in time order.</summary>
    public async Task<IReadOnlyList<Slot>> FreeSlotsAsync(int libraryId, IReadOnlyCollection<int> counselorIds, CancellationToken cancellationToken)
    {
        var rules = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var until = now.AddDays(rules.HorizonDays + 2);
        var counselors = (await AllActiveCounselorsAsync(cancellationToken)).Where(c => counselorIds.Contains(c.Id)).ToList();
        var leaves = await db.CounselorLeaves.AsNoTracking()
            .Where(l => counselorIds.Contains(l.CounselorId) && l.EndsAt > now && l.StartsAt < until).ToListAsync(cancellationToken);
        var closures = await db.LibraryClosures.AsNoTracking()
            .Where(c => c.LibraryId == libraryId && c.EndsAt > now && c.StartsAt < until)
            .Select(c => new UtcInterval(c.StartsAt, c.EndsAt)).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(now.AddDays(-1));
        var holidays = await db.OfficialHolidays.AsNoTracking().Where(h => h.Date >= today).Select(h => h.Date).ToListAsync(cancellationToken);
        var taken = await db.Bookings.AsNoTracking()
            .Where(b => counselorIds.Contains(b.CounselorId) && b.EndsAt > now && b.StartsAt < until
                && (b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.Attended
                    || b.Status == BookingStatus.NoShow || b.Status == BookingStatus.Held))
            .Select(b => new { b.CounselorId, b.StartsAt, b.EndsAt }).ToListAsync(cancellationToken);

        var slots = new List<Slot>();
        foreach (var counselor in counselors)
        {
            slots.AddRange(SlotFinder.Find(new SlotQuery
            {
                Counselor = SlotCounselor.From(counselor),
                LibraryId = libraryId,
                From = now,
                Notice = rules.MinimumNotice,
                HorizonDays = rules.HorizonDays,
                Leaves = [.. leaves.Where(l => l.CounselorId == counselor.Id).Select(l => new UtcInterval(l.StartsAt, l.EndsAt))],
                Closures = closures,
                Holidays = holidays,
                Taken = [.. taken.Where(b => b.CounselorId == counselor.Id).Select(b => new UtcInterval(b.StartsAt, b.EndsAt))],
            }));
        }

        return [.. slots.OrderBy(s => s.StartsAt).ThenBy(s => s.CounselorId)];
    }

    // Specialties are stored as readable text, so the flag test runs here; counsellors are few.
    private async Task<List<Counselor>> ActiveCounselorsAsync(CounselingTopic topic, CancellationToken cancellationToken) =>
        [.. (await AllActiveCounselorsAsync(cancellationToken)).Where(c => c.Specialties.HasFlag(topic))];

    private async Task<List<Counselor>> AllActiveCounselorsAsync(CancellationToken cancellationToken) =>
        activeCounselors ??= await db.Counselors.AsNoTracking().Include(c => c.WeeklyPlan).Where(c => c.Active).ToListAsync(cancellationToken);
}
