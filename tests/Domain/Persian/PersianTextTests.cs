using RahZendegi.Domain.Persian;

namespace RahZendegi.Tests.Domain.Persian;

public class PersianTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   \t\n ", "")]
    [InlineData("۰۹۱۲۳۴۵۶۷۸۹", "09123456789")]
    [InlineData("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669", "0123456789")]
    [InlineData("کد ۱٢3", "کد 123")]
    public void Normalize_Digits_BecomeAscii(string? input, string expected) =>
        Assert.Equal(expected, PersianText.Normalize(input));

    [Theory]
    [InlineData("\u0639\u0644\u064A", "علی")]
    [InlineData("\u0645\u0648\u0633\u0649", "موسی")]
    [InlineData("\u0643\u062A\u0627\u0628", "کتاب")]
    [InlineData("\u0643\u062A\u0627\u0628\u062E\u0627\u0646\u0647 \u064A\u0627\u0633", "کتابخانه یاس")]
    public void Normalize_ArabicYehAndKaf_BecomePersian(string input, string expected) =>
        Assert.Equal(expected, PersianText.Normalize(input));

    [Fact]
    public void Normalize_TehMarbuta_IsKept() =>
        Assert.Equal("فاطمة", PersianText.Normalize("فاطمة"));

    [Theory]
    [InlineData("کتــــاب", "کتاب")]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("اصلاً", "اصلا")]
    [InlineData("\u0627\u0653\u0628", "آب")]
    public void Normalize_TatweelAndDiacritics_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, PersianText.Normalize(input));

    [Theory]
    [InlineData("  علی   رضایی  ", "علی رضایی")]
    [InlineData("علی\u00A0رضایی", "علی رضایی")]
    [InlineData("علی\tرضایی", "علی رضایی")]
    [InlineData("علی\r\nرضایی\n", "علی رضایی")]
    [InlineData("علی\u2009\u202Fرضایی", "علی رضایی")]
    public void Normalize_AnyWhitespace_BecomesSingleSpace(string input, string expected) =>
        Assert.Equal(expected, PersianText.Normalize(input));

    [Theory]
    [InlineData("\u200Cمی\u200Cروم\u200C", "می\u200Cروم")]
    [InlineData("می\u200C\u200C\u200Cروم", "می\u200Cروم")]
    [InlineData("کارگاه\u200C ها", "کارگاه ها")]
    [InlineData("کارگاه \u200Cها", "کارگاه ها")]
    [InlineData("کارگاه\u200C \u200Cها", "کارگاه ها")]
    [InlineData("کارگاه\u200Cها", "کارگاه\u200Cها")]
    [InlineData("\u200C", "")]
    public void Normalize_Zwnj_KeptOnlyInsideWords(string input, string expected) =>
        Assert.Equal(expected, PersianText.Normalize(input));

    [Theory]
    [InlineData("\u200E09123456789\u200F", "09123456789")]
    [InlineData("\u202B\u0639\u0644\u064A\u202C", "علی")]
    [InlineData("\u2067۱۴۰۵/۹/۸\u2069", "1405/9/8")]
    [InlineData("\u061C12\u200B34\uFEFF", "1234")]
    public void Normalize_BidiAndInvisibleMarks_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, PersianText.Normalize(input));

    [Fact]
    public void Normalize_AlreadyNormalText_IsUnchanged()
    {
        const string text = "رزرو مشاوره در کتابخانه\u200Cها، ساعت 10:30";

        Assert.Equal(text, PersianText.Normalize(text));
    }

    [Theory]
    [InlineData("1405/09/08", "۱۴۰۵/۰۹/۰۸")]
    [InlineData("\u0661\u0662", "۱۲")]
    [InlineData("ساعت 10:30", "ساعت ۱۰:۳۰")]
    [InlineData("بدون عدد", "بدون عدد")]
    public void ToPersianDigits_AnyDigits_BecomePersian(string input, string expected) =>
        Assert.Equal(expected, PersianText.ToPersianDigits(input));
}
