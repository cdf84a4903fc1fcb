using RahZendegi.Domain.Persian;

namespace RahZendegi.Tests.Domain.Persian;

public class PersianNumberTests
{
    [Theory]
    [InlineData(0, "۰")]
    [InlineData(7, "۷")]
    [InlineData(999, "۹۹۹")]
    [InlineData(1000, "۱٬۰۰۰")]
    [InlineData(120000, "۱۲۰٬۰۰۰")]
    [InlineData(1234567, "۱٬۲۳۴٬۵۶۷")]
    [InlineData(-48000, "\u200E-۴۸٬۰۰۰")]
    [InlineData(long.MinValue, "\u200E-۹٬۲۲۳٬۳۷۲٬۰۳۶٬۸۵۴٬۷۷۵٬۸۰۸")]
    public void Format_Number_GroupsThousandsWithPersianSeparator(long value, string expected) =>
        Assert.Equal(expected, PersianNumber.Format(value));

    [Theory]
    [InlineData(1405, "۱۴۰۵")]
    [InlineData(1234567, "۱۲۳۴۵۶۷")]
    [InlineData(-5, "\u200E-۵")]
    public void FormatPlain_Number_HasNoSeparator(long value, string expected) =>
        Assert.Equal(expected, PersianNumber.FormatPlain(value));

    [Theory]
    [InlineData(8, 2, "۰۸")]
    [InlineData(12, 2, "۱۲")]
    [InlineData(5, 4, "۰۰۰۵")]
    public void FormatPadded_ShortNumber_IsZeroPadded(int value, int width, string expected) =>
        Assert.Equal(expected, PersianNumber.FormatPadded(value, width));
}
