using RahZendegi.Bot.Membership;

namespace RahZendegi.Tests.Bot.Membership;

public class BidiRunsTests
{
    [Fact]
    public void Split_PersianOnly_IsOneRightToLeftRun() =>
        Assert.Equal([new BidiRun(0, 10, true)], BidiRuns.Split("زهرا محمدی"));

    [Theory]
    [InlineData("۱۴۰۵-۰۰۰۱۲۳")]
    [InlineData("۱۴۰۵/۰۹/۰۸")]
    [InlineData("۱۲۰٬۰۰۰")]
    public void Split_NumberWithSeparators_IsOneLeftToRightRun(string number) =>
        Assert.Equal([new BidiRun(0, number.Length, false)], BidiRuns.Split(number));

    [Fact]
    public void Split_DateInWords_AlternatesAroundTheNumbers() =>
        Assert.Equal(
            [new(0, 5, true), new(5, 1, false), new(6, 5, true), new(11, 4, false)],
            BidiRuns.Split("شنبه ۸ آذر ۱۴۰۵"));

    [Fact]
    public void Split_SeparatorNotBetweenDigits_StaysRightToLeft() =>
        Assert.Equal([new(0, 5, true), new(5, 2, false), new(7, 1, true)], BidiRuns.Split("گروه ۱۲-"));

    [Fact]
    public void Split_LatinWords_KeepTheSpaceBetweenThemLeftToRight() =>
        Assert.Equal([new(0, 5, true), new(5, 7, false)], BidiRuns.Split("کتاب Rah Zen"));
}
