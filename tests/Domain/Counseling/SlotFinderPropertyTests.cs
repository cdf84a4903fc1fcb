using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Tests.Domain.Counseling;

public class SlotFinderPropertyTests
{
    private const int LibraryId = 1;
    private static readonly DateTime Base = new(2026, 4, 5, 0, 0, 0, DateTimeKind.Utc);

    private static readonly Gen<PlanRange> Ranges =
        from library in Gen.Elements(LibraryId, LibraryId + 1)
        from day in Gen.Elements(Enum.GetValues<DayOfWeek>())
        from start in Gen.Choose(0, 95).Select(q => q * 15)
        from length in Gen.Choose(0, 600)
        let end = start + length
        select new PlanRange(library, day, TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(start)),
            end >= 24 * 60 ? TimeOnly.MinValue : TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(end)));

    private static Gen<UtcInterval> Intervals(DateTime now) =>
        from startMinutes in Gen.Choose(-2 * 24 * 60, 22 * 24 * 60)
        from length in Gen.Choose(1, 600)
        let start = now.AddMinutes(startMinutes)
        select new UtcInterval(start, start.AddMinutes(length));

    private static readonly Gen<SlotQuery> Queries =
        from nowMinutes in Gen.Choose(0, 60 * 24 * 60)
        let now = Base.AddMinutes(nowMinutes)
        let today = DateOnly.FromDateTime(JalaliDate.ToTehran(now))
        from session in Gen.Elements(30, 45, 60, 90)
        from gap in Gen.Elements(0, 10, 15, 30)
        from plan in Gen.ListOf(Ranges).Select(l => l.Take(12).ToArray())
        from leaves in Gen.ListOf(Intervals(now)).Select(l => l.Take(4).ToArray())
        from closures in Gen.ListOf(Intervals(now)).Select(l => l.Take(3).ToArray())
        from taken in Gen.ListOf(Intervals(now)).Select(l => l.Take(30).ToArray())
        from holidays in Gen.ListOf(Gen.Choose(-1, 22).Select(today.AddDays)).Select(l => l.Take(4).ToArray())
        from noticeMinutes in Gen.Choose(0, 48 * 60)
        from horizon in Gen.Choose(0, 21)
        select new SlotQuery
        {
            Counselor = new SlotCounselor(9, session, gap, plan),
            LibraryId = LibraryId,
            From = now,
            Notice = TimeSpan.FromMinutes(noticeMinutes),
            HorizonDays = horizon,
            Leaves = leaves,
            Closures = closures,
            Holidays = holidays,
            Taken = taken,
        };

    [Property(MaxTest = 300)]
    public Property Find_AnyQuery_OverlapsNoBookingLeaveOrClosure() =>
        Prop.ForAll(Queries.ToArbitrary(), query => SlotFinder.Find(query).All(slot =>
            query.Leaves.Concat(query.Closures).Concat(query.Taken)
                .All(b => !(slot.StartsAt < b.End && b.Start < slot.EndsAt))));

    [Property(MaxTest = 300)]
    public Property Find_AnyQuery_AvoidsHolidaysAndTheNoticeWindow() =>
        Prop.ForAll(Queries.ToArbitrary(), query => SlotFinder.Find(query).All(slot =>
            !query.Holidays.Contains(LocalDate(slot.StartsAt))
            && slot.StartsAt >= query.From + query.Notice));

    [Property(MaxTest = 300)]
    public Property Find_AnyQuery_LiesInsideAPlanRangeOfItsTehranWeekday() =>
        Prop.ForAll(Queries.ToArbitrary(), query => SlotFinder.Find(query).All(slot =>
        {
            var start = JalaliDate.ToTehran(slot.StartsAt);
            var end = JalaliDate.ToTehran(slot.EndsAt);
            var endOfDay = end.Date > start.Date ? TimeSpan.FromDays(1) : end.TimeOfDay;
            return end.Date <= start.Date.AddDays(1) && query.Counselor.Plan.Any(r =>
                r.LibraryId == query.LibraryId
                && r.Day == start.DayOfWeek
                && r.Start.ToTimeSpan() <= start.TimeOfDay
                && endOfDay <= (r.End == TimeOnly.MinValue ? TimeSpan.FromDays(1) : r.End.ToTimeSpan()));
        }));

    [Property(MaxTest = 300)]
    public Property Find_AnyQuery_StaysWithinTheHorizon() =>
        Prop.ForAll(Queries.ToArbitrary(), query =>
        {
            var today = LocalDate(query.From);
            return SlotFinder.Find(query).All(slot =>
                LocalDate(slot.StartsAt) >= today && LocalDate(slot.StartsAt) <= today.AddDays(query.HorizonDays));
        });

    [Property(MaxTest = 300)]
    public Property Find_AnyQuery_GivesOrderedDisjointSlotsOfSessionLength() =>
        Prop.ForAll(Queries.ToArbitrary(), query =>
        {
            var slots = SlotFinder.Find(query);
            return slots.All(s => s.EndsAt - s.StartsAt == TimeSpan.FromMinutes(query.Counselor.SessionMinutes))
                && slots.Zip(slots.Skip(1)).All(p => p.First.EndsAt <= p.Second.StartsAt);
        });

    // Completeness: the fast sweep offers exactly what a slow, obvious check of every candidate does.
    [Property(MaxTest = 300)]
    public Property Find_AnyQuery_MatchesAStraightforwardCheckOfEveryCandidate() =>
        Prop.ForAll(Queries.ToArbitrary(), query =>
            SlotFinder.Find(query).SequenceEqual(Naive(query))
            && SlotFinder.FindFirst(query) == Naive(query).Cast<Slot?>().FirstOrDefault());

    private static List<Slot> Naive(SlotQuery query)
    {
        var result = new List<Slot>();
        var today = LocalDate(query.From);
        var counselor = query.Counselor;
        var blocked = query.Leaves.Concat(query.Closures).Concat(query.Taken).ToList();
        for (var date = today; date <= today.AddDays(query.HorizonDays); date = date.AddDays(1))
        {
            if (query.Holidays.Contains(date))
            {
                continue;
            }

            foreach (var range in counselor.Plan.Where(r => r.LibraryId == query.LibraryId && r.Day == date.DayOfWeek).OrderBy(r => r.Start))
            {
                var end = range.End == TimeOnly.MinValue ? TimeSpan.FromDays(1) : range.End.ToTimeSpan();
                for (var t = range.Start.ToTimeSpan(); t + TimeSpan.FromMinutes(counselor.SessionMinutes) <= end;
                     t += TimeSpan.FromMinutes(counselor.SessionMinutes + counselor.GapMinutes))
                {
                    var start = SlotFinderTests.At(date, 0, 0) + t;
                    var slot = new Slot(counselor.Id, query.LibraryId, start, start.AddMinutes(counselor.SessionMinutes));
                    if (slot.StartsAt >= query.From + query.Notice
                        && (result.Count == 0 || result[^1].EndsAt <= slot.StartsAt)
                        && blocked.All(b => !(slot.StartsAt < b.End && b.Start < slot.EndsAt)))
                    {
                        result.Add(slot);
                    }
                }
            }
        }

        return result;
    }

    private static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(JalaliDate.ToTehran(utc));
}
