using RahZendegi.Domain.Persian;

namespace RahZendegi.Tests.Domain.Persian;

public class MoneyTests
{
    [Theory]
    [InlineData(1_200_000, "۱۲۰٬۰۰۰ تومان")]
    [InlineData(0, "۰ تومان")]
    [InlineData(10, "۱ تومان")]
    [InlineData(5_000_000_000, "۵۰۰٬۰۰۰٬۰۰۰ تومان")]
    public void FormatToman_WholeTomans_ShowsTomansWithPersianDigits(long rials, string expected) =>
        Assert.Equal(expected, Money.FormatToman(rials));

    [Theory]
    [InlineData(1_200_009, "۱۲۰٬۰۰۰ تومان")]
    [InlineData(9, "۰ تومان")]
    [InlineData(-480_005, "\u200E-۴۸٬۰۰۰ تومان")]
    public void FormatToman_PartialToman_RoundsTowardZero(long rials, string expected) =>
        Assert.Equal(expected, Money.FormatToman(rials));

    [Fact]
    public void FormatRial_Amount_ShowsRials() =>
        Assert.Equal("۱٬۲۰۰٬۰۰۰ ریال", Money.FormatRial(1_200_000));

    [Fact]
    public void FromToman_Amount_IsTenTimesInRials() =>
        Assert.Equal(1_200_000, Money.FromToman(120_000));

    [Theory]
    [InlineData(40, "۴۰٪")]
    [InlineData(0, "۰٪")]
    [InlineData(100, "۱۰۰٪")]
    public void FormatPercent_Percent_UsesPersianPercentSign(int percent, string expected) =>
        Assert.Equal(expected, Money.FormatPercent(percent));

    [Theory]
    [InlineData("۱۲۰٬۰۰۰", 1_200_000)]
    [InlineData("120,000", 1_200_000)]
    [InlineData("١٢٠٠٠٠", 1_200_000)]
    [InlineData(" ۱۲۰۰۰۰ ", 1_200_000)]
    [InlineData("0", 0)]
    [InlineData("1000000000", 10_000_000_000)]
    public void TryParseToman_AmountAsStaffTypeIt_ReadsItInRials(string typed, long rials)
    {
        Assert.True(Money.TryParseToman(typed, out var read));
        Assert.Equal(rials, read);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("12.5")]
    [InlineData("صد هزار")]
    [InlineData("1000000001")]
    [InlineData("99999999999999999999")]
    public void TryParseToman_NotAWholeAmountWithinTheLimit_IsRefused(string? typed) =>
        Assert.False(Money.TryParseToman(typed, out _));
}
