using RahZendegi.Domain.Membership;

namespace RahZendegi.Tests.Domain.Membership;

public class PersonNameTests
{
    [Theory]
    [InlineData("علی", "علی")]
    [InlineData("مریم احمدی", "مریم احمدی")]
    [InlineData("  زهرا   کریمی‌نژاد ", "زهرا کریمی‌نژاد")]
    [InlineData("علي رضائي", "علی رضائی")] // Arabic yeh folded
    [InlineData("كاظم", "کاظم")] // Arabic kaf folded
    [InlineData("فاطمة مؤمن", "فاطمة مؤمن")]
    [InlineData("آرش ژیان", "آرش ژیان")]
    [InlineData("مُحَمَّد", "محمد")] // diacritics dropped
    public void Validate_PersianName_IsValidAndNormalised(string input, string expected)
    {
        Assert.Equal(PersonNameCheck.Valid, PersonName.Validate(input, out var canonical));
        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData(null, PersonNameCheck.Empty)]
    [InlineData(" \u200C ", PersonNameCheck.Empty)]
    [InlineData("مه", PersonNameCheck.TooShort)]
    [InlineData("Ali Rezaei", PersonNameCheck.NotPersianLetters)]
    [InlineData("Al", PersonNameCheck.NotPersianLetters)]
    [InlineData("علی ۱۲", PersonNameCheck.NotPersianLetters)]
    [InlineData("علی.", PersonNameCheck.NotPersianLetters)]
    [InlineData("علی 😀", PersonNameCheck.NotPersianLetters)]
    public void Validate_BadName_SaysWhy(string? input, PersonNameCheck expected)
    {
        Assert.Equal(expected, PersonName.Validate(input, out var canonical));
        Assert.Empty(canonical);
    }

    [Fact]
    public void Validate_SixtyOneLetters_IsTooLong()
    {
        Assert.Equal(PersonNameCheck.Valid, PersonName.Validate(new string('ب', 60), out _));
        Assert.Equal(PersonNameCheck.TooLong, PersonName.Validate(new string('ب', 61), out _));
    }
}
