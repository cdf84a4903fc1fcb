using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Tests.Domain.Counseling;

public class SlotFinderTests
{
    private const int CounselorId = 7;
    private const int LibraryId = 3;

    // Saturday 12 Ordibehesht 1405, far from any fixed holiday.
    private static readonly DateOnly Saturday = new(2026, 5, 2);

    [Fact]
    public void Find_PlainDay_LaysSessionsFromTheRangeStart()
    {
        var slots = SlotFinder.Find(Query(Plan(DayOfWeek.Saturday, 9, 13)));

        Assert.Equal([At(Saturday, 9, 0), At(Saturday, 10, 0), At(Saturday, 11, 0), At(Saturday, 12, 0)], Starts(slots));
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromMinutes(45), s.EndsAt - s.StartsAt));
        Assert.All(slots, s => Assert.Equal((CounselorId, LibraryId, DateTimeKind.Utc), (s.CounselorId, s.LibraryId, s.StartsAt.Kind)));
    }

    [Fact]
    public void Find_TehranWallClock_ConvertsWithTheZoneRules() =>
        Assert.Equal(
            new DateTime(2026, 5, 2, 5, 30, 0, DateTimeKind.Utc),
            SlotFinder.Find(Query(Plan(DayOfWeek.Saturday, 9, 10)))[0].StartsAt);

    [Fact]
    public void Find_RangeShorterThanASession_GivesNone() =>
        Assert.Empty(SlotFinder.Find(Query(new PlanRange(LibraryId, DayOfWeek.Saturday, new(9, 0), new(9, 30)))));

    [Fact]
    public void Find_GapBetweenSessions_StepsBySessionPlusGap()
    {
        var slots = SlotFinder.Find(Query(Plan(DayOfWeek.Saturday, 9, 13)) with { Counselor = Counselor(45, 30, Plan(DayOfWeek.Saturday, 9, 13)) });

        // 12:45 would end at 13:30, after the range.
        Assert.Equal([At(Saturday, 9, 0), At(Saturday, 10, 15), At(Saturday, 11, 30)], Starts(slots));
    }

    [Fact]
    public void Find_OtherLibrarysRange_IsIgnored() =>
        Assert.Empty(SlotFinder.Find(Query(new PlanRange(LibraryId + 1, DayOfWeek.Saturday, new(9, 0), new(13, 0)))));

    [Fact]
    public void Find_LeaveOfAFewHours_RemovesTheSlotsItTouches()
    {
        var leave = new UtcInterval(At(Saturday, 10, 30), At(Saturday, 12, 0));

        var slots = SlotFinder.Find(Query(Plan(DayOfWeek.Saturday, 9, 13)) with { Leaves = [leave] });

        // 10:00–10:45 overlaps the leave; 12:00 starts as it ends (half-open intervals).
        Assert.Equal([At(Saturday, 9, 0), At(Saturday, 12, 0)], Starts(slots));
    }

    [Fact]
    public void Find_FullDayLibraryClosure_RemovesThatDayOnly()
    {
        var sunday = Saturday.AddDays(1);
        var closure = new UtcInterval(At(Saturday, 0, 0), At(sunday, 0, 0));

        var slots = SlotFinder.Find(Query(Plan(DayOfWeek.Saturday, 9, 11), Plan(DayOfWeek.Sunday, 9, 11)) with { Closures = [closure] });

        Assert.Equal([At(sunday, 9, 0), At(sunday, 10, 0)], Starts(slots));
    }

    [Fact]
    public void Find_Nowruz_RemovesTheHolidays()
    {
        var nowruz = new DateOnly(2026, 3, 21); // 1 Farvardin 1405, a Saturday
        var holidays = OfficialHolidays.FixedSolarHolidays(1405).Select(h => h.Date).ToArray();
        var query = Query(Plan(DayOfWeek.Saturday, 9, 10), Plan(DayOfWeek.Sunday, 9, 10), Plan(DayOfWeek.Wednesday, 9, 10)) with
        {
            From = At(nowruz.AddDays(-1), 8, 0),
            HorizonDays = 6,
            Holidays = holidays,
        };

        // Saturday and Sunday are 1 and 2 Farvardin; Wednesday is 5 Farvardin, a working day.
        Assert.Equal([At(new DateOnly(2026, 3, 25), 9, 0)], Starts(SlotFinder.Find(query)));
    }

    [Theory]
    [InlineData(120, 9)]
    [InlineData(121, 10)]
    public void Find_NoticeWindowAtTheEdge_OffersFromNowPlusNotice(int noticeMinutes, int firstHour)
    {
        var query = Query(Plan(DayOfWeek.Saturday, 9, 13)) with
        {
            From = At(Saturday, 7, 0),
            Notice = TimeSpan.FromMinutes(noticeMinutes),
            HorizonDays = 0,
        };

        Assert.Equal(At(Saturday, firstHour, 0), SlotFinder.Find(query)[0].StartsAt);
    }

    [Fact]
    public void Find_SlotAlreadyStarted_IsNotOffered()
    {
        var query = Query(Plan(DayOfWeek.Saturday, 9, 13)) with { From = At(Saturday, 9, 1), HorizonDays = 0 };

        Assert.Equal(At(Saturday, 10, 0), SlotFinder.Find(query)[0].StartsAt);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(6, 0)]
    [InlineData(7, 1)]
    [InlineData(14, 2)]
    public void Find_HorizonEdge_IncludesTodayPlusHorizonDays(int horizon, int expected)
    {
        // Saturday evening: today's slot is past; the next Saturday is today + 7.
        var query = Query(Plan(DayOfWeek.Saturday, 9, 10)) with { From = At(Saturday, 20, 0), HorizonDays = horizon };

        Assert.Equal(expected, SlotFinder.Find(query).Count);
    }

    [Fact]
    public void Find_HorizonZero_OffersTheRestOfToday() =>
        Assert.Single(SlotFinder.Find(Query(Plan(DayOfWeek.Saturday, 9, 10)) with { From = At(Saturday, 8, 0), HorizonDays = 0 }));

    [Fact]
    public void Find_RangeEndingAtMidnight_RunsToTheEndOfTheDay()
    {
        var query = Query(new PlanRange(LibraryId, DayOfWeek.Saturday, new(22, 0), TimeOnly.MinValue)) with
        {
            Counselor = Counselor(60, 0, new PlanRange(LibraryId, DayOfWeek.Saturday, new(22, 0), TimeOnly.MinValue)),
        };

        var slots = SlotFinder.Find(query);

        Assert.Equal([At(Saturday, 22, 0), At(Saturday, 23, 0)], Starts(slots));
        Assert.Equal(At(Saturday.AddDays(1), 0, 0), slots[^1].EndsAt);
    }

    [Fact]
    public void Find_RangeEndingAt2359_EndsThere()
    {
        var range = new PlanRange(LibraryId, DayOfWeek.Saturday, new(22, 0), new(23, 59));

        var slots = SlotFinder.Find(Query(range) with { Counselor = Counselor(60, 0, range) });

        Assert.Equal([At(Saturday, 22, 0)], Starts(slots));
    }

    [Fact]
    public void Find_RangeEndingBeforeItsStart_GivesNone() =>
        Assert.Empty(SlotFinder.Find(Query(new PlanRange(LibraryId, DayOfWeek.Saturday, new(22, 0), new(2, 0)))));

    [Fact]
    public void Find_Booking_RemovesExactlyItsSlot()
    {
        var booking = new UtcInterval(At(Saturday, 10, 0), At(Saturday, 10, 45));

        var slots = SlotFinder.Find(Query(Plan(DayOfWeek.Saturday, 9, 13)) with { Taken = [booking] });

        Assert.Equal([At(Saturday, 9, 0), At(Saturday, 11, 0), At(Saturday, 12, 0)], Starts(slots));
    }

    [Fact]
    public void Find_OverlappingPlanRanges_NeverOffersTwoSlotsAtOnce()
    {
        var query = Query(Plan(DayOfWeek.Saturday, 9, 12), new PlanRange(LibraryId, DayOfWeek.Saturday, new(9, 30), new(11, 30)));

        var slots = SlotFinder.Find(query);

        Assert.All(slots.Zip(slots.Skip(1)), pair => Assert.True(pair.First.EndsAt <= pair.Second.StartsAt));
    }

    [Fact]
    public void Find_DayWithAClockChange_SkipsTheHourThatNeverWas()
    {
        // Iran's last spring-forward: 2 Farvardin 1401 (2022-03-22) began at 01:00, +04:30.
        var day = new DateOnly(2022, 3, 22);
        var range = new PlanRange(LibraryId, DayOfWeek.Tuesday, new(0, 0), new(3, 0));
        var query = Query(range) with { Counselor = Counselor(60, 0, range), From = new DateTime(2022, 3, 21, 12, 0, 0, DateTimeKind.Utc) };

        var slots = SlotFinder.Find(query);

        Assert.Equal(
            [new DateTime(2022, 3, 21, 20, 30, 0, DateTimeKind.Utc), new DateTime(2022, 3, 21, 21, 30, 0, DateTimeKind.Utc)],
            Starts(slots));
        Assert.Equal(day, DateOnly.FromDateTime(JalaliDate.ToTehran(slots[0].StartsAt)));
    }

    [Fact]
    public void FindFirst_FreeSlots_IsTheEarliest()
    {
        var query = Query(Plan(DayOfWeek.Saturday, 9, 13), Plan(DayOfWeek.Monday, 9, 13)) with
        {
            Taken = [new UtcInterval(At(Saturday, 9, 0), At(Saturday, 9, 45))],
        };

        Assert.Equal(SlotFinder.Find(query)[0], SlotFinder.FindFirst(query));
        Assert.Null(SlotFinder.FindFirst(query with { HorizonDays = 0, From = At(Saturday, 13, 0) }));
    }

    [Fact]
    public void GroupByLocalDate_SlotsOfTwoCounselors_GroupsByTehranDayInOrder()
    {
        var sunday = Saturday.AddDays(1);
        Slot[] slots =
        [
            new(2, LibraryId, At(sunday, 9, 0), At(sunday, 9, 45)),
            new(1, LibraryId, At(Saturday, 0, 30), At(Saturday, 1, 15)), // the evening before in UTC
            new(1, LibraryId, At(sunday, 9, 0), At(sunday, 9, 45)),
        ];

        var days = SlotFinder.GroupByLocalDate(slots);

        Assert.Equal([Saturday, sunday], days.Select(d => d.LocalDate));
        Assert.Equal([1, 2], days[1].Slots.Select(s => s.CounselorId));
    }

    [Fact]
    public void FixedSolarHolidays_1405_StartWithNowruzOn21March()
    {
        var holidays = OfficialHolidays.FixedSolarHolidays(1405);

        Assert.Equal(10, holidays.Count);
        Assert.Equal((new DateOnly(2026, 3, 21), "عید نوروز"), holidays[0]);
        Assert.Equal(new DateOnly(2026, 4, 2), holidays.Single(h => h.Name == "روز طبیعت").Date);
        Assert.Equal(holidays.Count, holidays.Select(h => h.Date).Distinct().Count());
    }

    internal static DateTime At(DateOnly tehranDate, int hour, int minute) =>
        TimeZoneInfo.ConvertTimeToUtc(tehranDate.ToDateTime(new TimeOnly(hour, minute)), JalaliDate.TehranTimeZone);

    private static PlanRange Plan(DayOfWeek day, int fromHour, int toHour) => new(LibraryId, day, new(fromHour, 0), new(toHour, 0));

    private static SlotCounselor Counselor(int session, int gap, params PlanRange[] plan) => new(CounselorId, session, gap, plan);

    // By default: the Friday morning before, a week ahead, no notice.
    private static SlotQuery Query(params PlanRange[] plan) => new()
    {
        Counselor = Counselor(45, 15, plan),
        LibraryId = LibraryId,
        From = At(Saturday.AddDays(-1), 8, 0),
        HorizonDays = 6,
    };

    private static DateTime[] Starts(IEnumerable<Slot> slots) => [.. slots.Select(s => s.StartsAt)];
}
