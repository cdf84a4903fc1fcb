using RahZendegi.Domain.Persian;

namespace RahZendegi.Tests.Domain.Persian;

public class PersianWeekTests
{
    [Theory]
    [InlineData(DayOfWeek.Saturday, 0, "شنبه")]
    [InlineData(DayOfWeek.Sunday, 1, "یکشنبه")]
    [InlineData(DayOfWeek.Monday, 2, "دوشنبه")]
    [InlineData(DayOfWeek.Tuesday, 3, "سه\u200Cشنبه")]
    [InlineData(DayOfWeek.Wednesday, 4, "چهارشنبه")]
    [InlineData(DayOfWeek.Thursday, 5, "پنجشنبه")]
    [InlineData(DayOfWeek.Friday, 6, "جمعه")]
    public void DayIndexAndName_EachDay_StartsWeekOnSaturday(DayOfWeek day, int index, string name)
    {
        Assert.Equal(index, PersianWeek.DayIndex(day));
        Assert.Equal(day, PersianWeek.DayAt(index));
        Assert.Equal(name, PersianWeek.DayName(day));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void DayAt_IndexOutsideWeek_Throws(int index) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PersianWeek.DayAt(index));
}
