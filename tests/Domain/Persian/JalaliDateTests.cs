using RahZendegi.Domain.Persian;

namespace RahZendegi.Tests.Domain.Persian;

public class JalaliDateTests
{
    // 2026-11-29 is a Sunday; Tehran is UTC+3:30 all year since 2023.
    private static readonly DateTime Azar8At1030 = Utc(2026, 11, 29, 7, 0);

    [Fact]
    public void FormatDateTime_UtcInstant_ShowsTehranWeekdayDateAndTime() =>
        Assert.Equal("یکشنبه ۸ آذر ۱۴۰۵، ساعت ۱۰:۳۰", JalaliDate.FormatDateTime(Azar8At1030));

    [Fact]
    public void FormatDate_Saturday_StartsWithShanbeh() =>
        Assert.Equal("شنبه ۷ آذر ۱۴۰۵", JalaliDate.FormatDate(Utc(2026, 11, 28, 7, 0)));

    [Fact]
    public void FormatTime_UtcInstant_ShowsTehranClockWithPersianDigits() =>
        Assert.Equal("۱۰:۳۰", JalaliDate.FormatTime(Azar8At1030));

    [Fact]
    public void FormatTime_TimeOnly_IsZeroPadded() =>
        Assert.Equal("۰۹:۰۵", JalaliDate.FormatTime(new TimeOnly(9, 5)));

    [Fact]
    public void FormatShortDate_UtcInstant_IsZeroPadded() =>
        Assert.Equal("۱۴۰۵/۰۹/۰۸", JalaliDate.FormatShortDate(Azar8At1030));

    [Theory]
    [InlineData(2026, 3, 20, 20, 29, "۱۴۰۴/۱۲/۲۹")]
    [InlineData(2026, 3, 20, 20, 30, "۱۴۰۵/۰۱/۰۱")]
    [InlineData(2026, 11, 28, 20, 29, "۱۴۰۵/۰۹/۰۷")]
    [InlineData(2026, 11, 28, 20, 30, "۱۴۰۵/۰۹/۰۸")]
    public void FormatShortDate_NearTehranMidnight_UsesTehranDay(int y, int m, int d, int h, int min, string expected) =>
        Assert.Equal(expected, JalaliDate.FormatShortDate(Utc(y, m, d, h, min)));

    [Theory]
    [InlineData(2026, 6, 1, 3, 30)] // no daylight saving any more
    [InlineData(2026, 12, 1, 3, 30)]
    [InlineData(2021, 6, 1, 4, 30)] // daylight saving, still in the time zone database
    public void ToTehran_UtcMidnight_AppliesTheOffsetOfThatDate(int y, int m, int d, int hour, int minute) =>
        Assert.Equal(new DateTime(y, m, d, hour, minute, 0), JalaliDate.ToTehran(Utc(y, m, d, 0, 0)));

    [Theory]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Unspecified)]
    public void FormatDateTime_NonUtcInstant_Throws(DateTimeKind kind) =>
        Assert.Throws<ArgumentException>(() => JalaliDate.FormatDateTime(new DateTime(2026, 11, 29, 7, 0, 0, kind)));

    [Theory]
    [InlineData(1403, 2024, 3, 20)]
    [InlineData(1404, 2025, 3, 21)]
    [InlineData(1405, 2026, 3, 21)]
    public void ToUtc_FirstOfFarvardin_IsNowruzMidnightInTehran(int jalaliYear, int y, int m, int d)
    {
        var result = JalaliDate.ToUtc(jalaliYear, 1, 1, TimeOnly.MinValue);

        Assert.True(result.IsValid);
        Assert.Equal(new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Utc).AddHours(-3.5), result.Utc);
        Assert.Equal(DateTimeKind.Utc, result.Utc!.Value.Kind);
    }

    [Fact]
    public void ToUtc_TehranMorning_RoundTripsThroughFormatting()
    {
        var result = JalaliDate.ToUtc(1405, 9, 8, new TimeOnly(10, 30));

        Assert.Equal(Azar8At1030, result.Utc);
    }

    [Theory]
    [InlineData(1399, true)]
    [InlineData(1403, true)]
    [InlineData(1404, false)]
    [InlineData(1405, false)]
    [InlineData(1408, true)]
    public void IsValid_ThirtiethOfEsfand_OnlyInLeapYears(int year, bool valid) =>
        Assert.Equal(valid, JalaliDate.IsValid(year, 12, 30));

    [Theory]
    [InlineData(1405, 12, 30, JalaliDateError.DayOutOfRange)]
    [InlineData(1405, 7, 31, JalaliDateError.DayOutOfRange)]
    [InlineData(1405, 1, 0, JalaliDateError.DayOutOfRange)]
    [InlineData(1405, 13, 1, JalaliDateError.MonthOutOfRange)]
    [InlineData(1405, 0, 1, JalaliDateError.MonthOutOfRange)]
    [InlineData(0, 1, 1, JalaliDateError.YearOutOfRange)]
    [InlineData(10000, 1, 1, JalaliDateError.YearOutOfRange)]
    public void ToUtc_ImpossibleDate_ReportsWhy(int year, int month, int day, JalaliDateError error)
    {
        var result = JalaliDate.ToUtc(year, month, day, new TimeOnly(10, 0));

        Assert.False(result.IsValid);
        Assert.Equal(error, result.Error);
        Assert.Null(result.Utc);
    }

    [Fact]
    public void ToUtc_HourSkippedByOldDaylightSaving_ReportsTimeDoesNotExist()
    {
        // Clocks jumped from 24:00 on 1 Farvardin to 01:00 on 2 Farvardin 1400 (2021-03-22).
        var result = JalaliDate.ToUtc(1400, 1, 2, new TimeOnly(0, 30));

        Assert.Equal(JalaliDateError.TimeDoesNotExist, result.Error);
    }

    [Theory]
    [InlineData("۱۴۰۵/۹/۸")]
    [InlineData("1405-09-08")]
    [InlineData("1405.9.8")]
    [InlineData(" ۱۴۰۵ / ۰۹ / ۰۸ ")]
    [InlineData("\u0661\u0664\u0660\u0665/\u0669/\u0668")]
    [InlineData("\u200F۱۴۰۵/۹/۸\u200F")]
    public void TryParse_TypedDate_ReadsYearMonthDay(string text)
    {
        Assert.True(JalaliDate.TryParse(text, out var date));
        Assert.Equal((1405, 9, 8), (date.Year, date.Month, date.Day));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("فردا")]
    [InlineData("05/9/8")]
    [InlineData("1405/9")]
    [InlineData("1405/9/8/1")]
    [InlineData("1405//8")]
    [InlineData("1405/009/8")]
    [InlineData("1405/12/30")]
    [InlineData("1405/13/1")]
    [InlineData("8/9/1405")]
    public void TryParse_UnreadableOrImpossibleDate_Fails(string? text) =>
        Assert.False(JalaliDate.TryParse(text, out _));

    [Fact]
    public void Date_FromUtc_ExposesPartsAndNames()
    {
        var date = JalaliDate.FromUtc(Azar8At1030);

        Assert.Equal((1405, 9, 8), (date.Year, date.Month, date.Day));
        Assert.Equal("آذر", date.MonthName);
        Assert.Equal(DayOfWeek.Sunday, date.DayOfWeek);
        Assert.Equal("1405/09/08", date.ToString());
    }

    [Theory]
    [InlineData(1404, 12, 29, 1, "۱۴۰۵/۰۱/۰۱")]
    [InlineData(1403, 12, 29, 1, "۱۴۰۳/۱۲/۳۰")]
    [InlineData(1405, 9, 8, 7, "۱۴۰۵/۰۹/۱۵")]
    [InlineData(1405, 1, 1, -1, "۱۴۰۴/۱۲/۲۹")]
    public void AddDays_AcrossMonthsAndYears_FollowsTheCalendar(int y, int m, int d, int days, string expected)
    {
        Assert.True(JalaliDate.TryCreate(y, m, d, out var date));

        Assert.Equal(expected, date.AddDays(days).FormatShort());
    }

    [Fact]
    public void ToUtc_OnDate_MatchesStaticOverload()
    {
        Assert.True(JalaliDate.TryCreate(1405, 9, 8, out var date));

        Assert.Equal(JalaliDate.ToUtc(1405, 9, 8, new TimeOnly(10, 30)), date.ToUtc(new TimeOnly(10, 30)));
    }

    private static DateTime Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
