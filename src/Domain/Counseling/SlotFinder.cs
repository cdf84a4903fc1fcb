using System.Buffers;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Counseling;

// Free slots = weekly plan − leaves − closures − holidays − bookings − the past − notice, up to the horizon.
//
// Rules:
// - The day is laid out in Tehran local time; each slot is converted to UTC with the zone's rules.
// - Slots start at a range's start and every (session + gap) minutes after; a slot must end by the
//   range's end. A range ending at 00:00 runs to midnight; one ending at or before its start
//   (other than 00:00) is empty.
// - Horizon: Tehran-local days from today (the day of `From`) through today + HorizonDays, both included.
// - A slot is free when it starts at or after From + Notice and overlaps no leave, closure or
//   taken interval (overlap: start < otherEnd && otherStart < end), and its day is no holiday.
//
// Speed: the blocked intervals are sorted and merged once, then swept with one cursor while the
// slots come out in time order, so each search is O(n log n) in the blocked intervals plus the slots.
public static class SlotFinder
{
    private static readonly TimeZoneInfo Tehran = JalaliDate.TehranTimeZone;

    public static IReadOnlyList<Slot> Find(SlotQuery query)
    {
        var slots = new List<Slot>();
        Search(query, slots, firstOnly: false);
        return slots;
    }

    public static Slot? FindFirst(SlotQuery query)
    {
        var slots = new List<Slot>(1);
        Search(query, slots, firstOnly: true);
        return slots.Count == 0 ? null : slots[0];
    }

    // Groups slots (of one or many counsellors) by their Tehran-local day, days and slots in time order.
    public static IReadOnlyList<FreeDay> GroupByLocalDate(IEnumerable<Slot> slots)
    {
        var days = new List<FreeDay>();
        List<Slot>? current = null;
        var currentDate = default(DateOnly);
        foreach (var slot in slots.OrderBy(s => s.StartsAt).ThenBy(s => s.CounselorId).ThenBy(s => s.LibraryId))
        {
            var date = DateOnly.FromDateTime(JalaliDate.ToTehran(slot.StartsAt));
            if (current is null || date != currentDate)
            {
                current = [];
                currentDate = date;
                days.Add(new FreeDay(date, current));
            }

            current.Add(slot);
        }

        return days;
    }

    private static void Search(SlotQuery query, List<Slot> into, bool firstOnly)
    {
        var counselor = query.Counselor;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(counselor.SessionMinutes);
        ArgumentOutOfRangeException.ThrowIfNegative(counselor.GapMinutes);
        ArgumentOutOfRangeException.ThrowIfNegative(query.HorizonDays);

        var now = query.From;
        var earliest = (now + (query.Notice > TimeSpan.Zero ? query.Notice : TimeSpan.Zero)).Ticks;
        var today = DateOnly.FromDateTime(JalaliDate.ToTehran(now));

        var ranges = ArrayPool<PlanRange>.Shared.Rent(Math.Max(counselor.Plan.Count, 1));
        var blocked = ArrayPool<Interval>.Shared.Rent(
            Math.Max(query.Leaves.Count + query.Closures.Count + query.Taken.Count, 1));
        try
        {
            var rangeCount = CollectRanges(counselor.Plan, query.LibraryId, ranges);
            if (rangeCount == 0)
            {
                return;
            }

            var blockedCount = 0;
            AddBlocked(query.Leaves, earliest, blocked, ref blockedCount);
            AddBlocked(query.Closures, earliest, blocked, ref blockedCount);
            AddBlocked(query.Taken, earliest, blocked, ref blockedCount);
            blockedCount = SortAndMerge(blocked, blockedCount);

            var sweep = new Sweep(blocked, blockedCount);
            var session = TimeSpan.FromMinutes(counselor.SessionMinutes).Ticks;
            var step = TimeSpan.FromMinutes(counselor.SessionMinutes + counselor.GapMinutes).Ticks;
            var lastEnd = long.MinValue;

            for (var offset = 0; offset <= query.HorizonDays; offset++)
            {
                var date = today.AddDays(offset);
                if (IsHoliday(query.Holidays, date))
                {
                    continue;
                }

                // The zone is asked only about days with work: it is the costliest call here.
                DayClock? day = null;
                for (var r = 0; r < rangeCount; r++)
                {
                    var range = ranges[r];
                    if (range.Day != date.DayOfWeek)
                    {
                        continue;
                    }

                    day ??= DayClock.For(date);

                    var rangeEnd = WeeklyPlanEntry.EndOfRange(range.End).Ticks;
                    for (var start = range.Start.Ticks; start + session <= rangeEnd; start += step)
                    {
                        if (!day.Value.TryToUtc(start, start + session, out var startUtc, out var endUtc)
                            || startUtc < earliest
                            || startUtc < lastEnd // overlapping plan ranges: never offer two slots at once
                            || sweep.Overlaps(startUtc, endUtc))
                        {
                            continue;
                        }

                        into.Add(new Slot(counselor.Id, query.LibraryId,
                            new DateTime(startUtc, DateTimeKind.Utc), new DateTime(endUtc, DateTimeKind.Utc)));
                        if (firstOnly)
                        {
                            return;
                        }

                        lastEnd = endUtc;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<PlanRange>.Shared.Return(ranges);
            ArrayPool<Interval>.Shared.Return(blocked);
        }
    }

    // This library's ranges, ordered by start time, so each day's slots come out in time order.
    private static int CollectRanges(IReadOnlyList<PlanRange> plan, int libraryId, PlanRange[] ranges)
    {
        var count = 0;
        for (var i = 0; i < plan.Count; i++)
        {
            if (plan[i].LibraryId == libraryId)
            {
                ranges[count++] = plan[i];
            }
        }

        Array.Sort(ranges, 0, count, StartComparer.Instance);
        return count;
    }

    private static void AddBlocked(IReadOnlyList<UtcInterval> intervals, long earliest, Interval[] blocked, ref int count)
    {
        for (var i = 0; i < intervals.Count; i++)
        {
            var (start, end) = (intervals[i].Start.Ticks, intervals[i].End.Ticks);
            if (end > earliest && start < end)
            {
                blocked[count++] = new Interval(start, end);
            }
        }
    }

    // After this, intervals are disjoint and sorted by start and by end alike.
    private static int SortAndMerge(Interval[] blocked, int count)
    {
        if (count < 2)
        {
            return count;
        }

        Array.Sort(blocked, 0, count);
        var merged = 0;
        for (var i = 1; i < count; i++)
        {
            if (blocked[i].Start <= blocked[merged].End)
            {
                if (blocked[i].End > blocked[merged].End)
                {
                    blocked[merged] = blocked[merged] with { End = blocked[i].End };
                }
            }
            else
            {
                blocked[++merged] = blocked[i];
            }
        }

        return merged + 1;
    }

    private static bool IsHoliday(IReadOnlyList<DateOnly> holidays, DateOnly date)
    {
        for (var i = 0; i < holidays.Count; i++)
        {
            if (holidays[i] == date)
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Interval(long Start, long End) : IComparable<Interval>
    {
        public int CompareTo(Interval other) => Start.CompareTo(other.Start);
    }

    private sealed class StartComparer : IComparer<PlanRange>
    {
        public static readonly StartComparer Instance = new();

        public int Compare(PlanRange x, PlanRange y) => x.Start.CompareTo(y.Start);
    }

    // Slots are mostly asked for in increasing start order, so the cursor moves forward; when a
    // start goes back (overlapping plan ranges, a clock change) it is found again by binary search.
    private struct Sweep(Interval[] blocked, int count)
    {
        private int next;
        private long lastStart = long.MinValue;

        public bool Overlaps(long start, long end)
        {
            if (start < lastStart)
            {
                next = FirstEndingAfter(start);
            }

            lastStart = start;
            while (next < count && blocked[next].End <= start)
            {
                next++;
            }

            return next < count && blocked[next].Start < end;
        }

        // Merged intervals are sorted by end too.
        private readonly int FirstEndingAfter(long instant)
        {
            var (low, high) = (0, count);
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (blocked[middle].End <= instant)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }

    // Local time of day → UTC for one Tehran day. A day of exactly 24 hours with valid midnights
    // has one offset throughout, so a slot is its midnight's UTC plus its time of day; a day with a
    // clock change (Iran had them until 2022) converts each slot and skips the hour that never was.
    private readonly struct DayClock
    {
        private readonly DateTime localMidnight;
        private readonly long utcMidnight;
        private readonly bool uniform;

        private DayClock(DateTime localMidnight, long utcMidnight, bool uniform)
        {
            this.localMidnight = localMidnight;
            this.utcMidnight = utcMidnight;
            this.uniform = uniform;
        }

        public static DayClock For(DateOnly date)
        {
            var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
            var nextMidnight = midnight.AddDays(1);
            if (Tehran.IsInvalidTime(midnight) || Tehran.IsInvalidTime(nextMidnight)
                || Tehran.IsAmbiguousTime(midnight) || Tehran.IsAmbiguousTime(nextMidnight))
            {
                return new DayClock(midnight, 0, uniform: false);
            }

            var utc = TimeZoneInfo.ConvertTimeToUtc(midnight, Tehran).Ticks;
            var nextUtc = TimeZoneInfo.ConvertTimeToUtc(nextMidnight, Tehran).Ticks;
            return new DayClock(midnight, utc, uniform: nextUtc - utc == TimeSpan.TicksPerDay);
        }

        public bool TryToUtc(long startOfDay, long endOfDay, out long start, out long end)
        {
            if (uniform)
            {
                (start, end) = (utcMidnight + startOfDay, utcMidnight + endOfDay);
                return true;
            }

            (start, end) = (0, 0);
            var localStart = localMidnight.AddTicks(startOfDay);
            var localEnd = localMidnight.AddTicks(endOfDay);
            if (Tehran.IsInvalidTime(localStart) || Tehran.IsInvalidTime(localEnd))
            {
                return false;
            }

            start = TimeZoneInfo.ConvertTimeToUtc(localStart, Tehran).Ticks;
            end = TimeZoneInfo.ConvertTimeToUtc(localEnd, Tehran).Ticks;
            return end > start;
        }
    }
}
