namespace RahZendegi.Domain.Counseling;

public readonly record struct Slot(int CounselorId, int LibraryId, DateTime StartsAt, DateTime EndsAt);

public sealed record FreeDay(DateOnly LocalDate, IReadOnlyList<Slot> Slots);

// A half-open UTC interval [Start, End): a leave, a closure or a taken booking.
public readonly record struct UtcInterval(DateTime Start, DateTime End);

// One weekly working range in Tehran local time. End 00:00 means "until midnight";
// a range never crosses midnight.
public readonly record struct PlanRange(int LibraryId, DayOfWeek Day, TimeOnly Start, TimeOnly End)
{
    public static PlanRange From(WeeklyPlanEntry entry) => new(entry.LibraryId, entry.Day, entry.Start, entry.End);
}

public sealed record SlotCounselor(int Id, int SessionMinutes, int GapMinutes, IReadOnlyList<PlanRange> Plan)
{
    public static SlotCounselor From(Counselor counselor) =>
        new(counselor.Id, counselor.SessionMinutes, counselor.GapMinutes, [.. counselor.WeeklyPlan.Select(PlanRange.From)]);
}

// Everything the finder needs, already loaded: it reads no clock and no database.
public sealed record SlotQuery
{
    public required SlotCounselor Counselor { get; init; }

    public required int LibraryId { get; init; }

    // "Now", a UTC instant read from TimeProvider by the caller.
    public required DateTime From { get; init; }

    public TimeSpan Notice { get; init; }

    // Tehran-local days after today that are still offered: today through today + HorizonDays.
    public int HorizonDays { get; init; } = 14;

    public IReadOnlyList<UtcInterval> Leaves { get; init; } = [];

    public IReadOnlyList<UtcInterval> Closures { get; init; } = [];

    // Tehran-local calendar days (as Gregorian dates) on which nobody works.
    public IReadOnlyList<DateOnly> Holidays { get; init; } = [];

    // The counsellor's non-cancelled bookings, at any library: one person cannot be in two places.
    public IReadOnlyList<UtcInterval> Taken { get; init; } = [];
}
