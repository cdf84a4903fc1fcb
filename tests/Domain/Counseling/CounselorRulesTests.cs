using RahZendegi.Domain.Counseling;

namespace RahZendegi.Tests.Domain.Counseling;

/// <summary>What the panel lets staff set on a counsellor: the bounds of the details, and the weekly plan's ranges.</summary>
public sealed class CounselorRulesTests
{
    private static CounselorDetails Details(string name = "حسین مرادی", CounselingTopic topics = CounselingTopic.Family, long? session = 45,
        long? gap = 0, long? price = 2_000_000) => new(name, Gender.Male, topics, session, gap, price, Active: true);

    [Fact]
    public void Check_SensibleDetails_FindsNothing() => Assert.Empty(Details().Check());

    [Theory]
    [InlineData(14, false)]
    [InlineData(15, true)]
    [InlineData(180, true)]
    [InlineData(181, false)]
    public void Check_SessionMinutes_AllowsFifteenToOneHundredEighty(long minutes, bool allowed) =>
        Assert.Equal(allowed, !Details(session: minutes).Check().Contains(CounselorDetailsError.SessionMinutesOutOfRange));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void Check_GapMinutes_AllowsNoneToAnHour(long minutes, bool allowed) =>
        Assert.Equal(allowed, !Details(gap: minutes).Check().Contains(CounselorDetailsError.GapMinutesOutOfRange));

    [Fact]
    public void Check_NothingReadable_NamesEveryFieldThatIsWrong() =>
        Assert.Equal(
            [CounselorDetailsError.NameMissing, CounselorDetailsError.NoSpecialty, CounselorDetailsError.SessionMinutesOutOfRange,
                CounselorDetailsError.GapMinutesOutOfRange, CounselorDetailsError.PriceInvalid],
            Details(" \u200C ", CounselingTopic.None, null, null, null).Check());

    [Fact]
    public void Apply_CheckedDetails_SetsThemWithTheNameNormalised()
    {
        var counselor = new Counselor { FullName = "" };

        counselor.Apply(Details(name: " علي  مرادي ", session: 60, gap: 15, price: 3_000_000));

        Assert.Equal(("علی مرادی", 60, 15, 3_000_000L), (counselor.FullName, counselor.SessionMinutes, counselor.GapMinutes, counselor.BasePrice));
    }

    [Fact]
    public void Apply_DetailsThatBreakARule_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new Counselor { FullName = "" }.Apply(Details(session: 5)));

    [Theory]
    [InlineData(20, 0, 240)]
    [InlineData(9, 13, 240)]
    [InlineData(13, 9, -240)]
    public void Length_RangeEndingAtMidnight_RunsToTheEndOfTheDay(int from, int to, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), Range(1, DayOfWeek.Saturday, from, to).Length);

    [Theory]
    [InlineData(DayOfWeek.Saturday, 12, 14, true)]
    [InlineData(DayOfWeek.Saturday, 13, 15, false)]
    [InlineData(DayOfWeek.Sunday, 9, 13, false)]
    [InlineData(DayOfWeek.Saturday, 22, 0, true)]
    public void Overlaps_AnotherLibrarysRange_CountsOnTheSameDayAndHour(DayOfWeek day, int from, int to, bool overlaps)
    {
        var morning = Range(1, DayOfWeek.Saturday, 9, 13);
        var late = Range(1, DayOfWeek.Saturday, 21, 0);

        Assert.Equal(overlaps, Range(2, day, from, to).Overlaps(morning) || Range(2, day, from, to).Overlaps(late));
    }

    private static WeeklyPlanEntry Range(int library, DayOfWeek day, int from, int to) =>
        new() { LibraryId = library, Day = day, Start = new(from, 0), End = new(to, 0) };
}
