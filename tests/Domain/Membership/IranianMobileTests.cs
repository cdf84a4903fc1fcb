using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Tests.Domain.Membership;

public class IranianMobileTests
{
    private static readonly string[] Prefixes = ["0", "+98", "0098", "98", "", "+98 (0) "];
    private static readonly string[] Separators = ["", " ", "-", " - "];

    [Theory]
    [InlineData("09123456789")]
    [InlineData("+989123456789")]
    [InlineData("00989123456789")]
    [InlineData("989123456789")]
    [InlineData("9123456789")]
    [InlineData("۰۹۱۲ ۳۴۵ ۶۷۸۹")]
    [InlineData("٠٩١٢-٣٤٥-٦٧٨٩")]
    [InlineData("(0912) 345-6789")]
    [InlineData("+98 (912) 345 6789")]
    [InlineData("+98 (0) 912 345 6789")]
    [InlineData("\u200E+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹\u200F")]
    public void TryNormalize_AcceptedForm_GivesE164(string input)
    {
        Assert.Equal(MobileCheck.Valid, IranianMobile.TryNormalize(input, out var canonical));
        Assert.Equal("+989123456789", canonical);
    }

    [Theory]
    [InlineData(null, MobileCheck.Empty)]
    [InlineData("  ", MobileCheck.Empty)]
    [InlineData("02112345678", MobileCheck.NotMobile)] // a Tehran landline
    [InlineData("0912345678", MobileCheck.NotMobile)] // a digit short
    [InlineData("091234567890", MobileCheck.NotMobile)]
    [InlineData("+19123456789", MobileCheck.NotMobile)]
    [InlineData("+9809123456789", MobileCheck.Valid)]
    [InlineData("98-0-9123456789", MobileCheck.NotMobile)] // a trunk zero only after the written country code
    [InlineData("0912 345 678x", MobileCheck.NotMobile)]
    [InlineData("0912+3456789", MobileCheck.NotMobile)]
    [InlineData("شماره ندارم", MobileCheck.NotMobile)]
    public void TryNormalize_Input_GivesExpectedCheck(string? input, MobileCheck expected) =>
        Assert.Equal(expected, IranianMobile.TryNormalize(input, out _));

    [Property]
    public Property TryNormalize_AnyAcceptedFormatAndDigitScript_GivesTheSameCanonical()
    {
        var writtenNumbers =
            from nine in Gen.ArrayOf(Gen.Choose(0, 9), 9).Select(string.Concat)
            from prefix in Gen.Elements(Prefixes)
            from separator in Gen.Elements(Separators)
            from script in Gen.Elements(Script.Ascii, Script.Persian, Script.Arabic)
            let subscriber = "9" + nine
            select (Subscriber: subscriber,
                Written: InScript(prefix + string.Join(separator, subscriber[..3], subscriber[3..6], subscriber[6..]), script));

        return Prop.ForAll(writtenNumbers.ToArbitrary(), number =>
            IranianMobile.TryNormalize(number.Written, out var canonical) == MobileCheck.Valid
            && canonical == "+98" + number.Subscriber);
    }

    [Property]
    public Property TryNormalize_TextWithALetter_IsNotMobile() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<string>().Filter(s => s is not null),
            Gen.Elements('a', 'x', 'ب', 'O').ToArbitrary(),
            (text, letter) =>
            {
                var withLetter = text.Insert(text.Length / 2, letter.ToString());
                return IranianMobile.TryNormalize(withLetter, out var canonical) == MobileCheck.NotMobile && canonical.Length == 0;
            });

    [Property]
    public Property TryNormalize_DigitsOfNoMobileLength_IsNotMobile() =>
        Prop.ForAll(
            Gen.Choose(1, 20).Where(n => n is < 10 or > 14)
                .SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n))
                .Select(string.Concat)
                .ToArbitrary(),
            digits => IranianMobile.TryNormalize(digits, out _) == MobileCheck.NotMobile);

    [Property]
    public Property TryNormalize_TenDigitsNotStartingWithNine_IsNotMobile() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 9), 10).Select(string.Concat).Where(d => d[0] != '9').ToArbitrary(),
            digits => IranianMobile.TryNormalize(digits, out _) == MobileCheck.NotMobile);

    [Fact]
    public void Display_Canonical_GroupsInPersianDigitsInReadingOrder() =>
        Assert.Equal("\u200E۰۹۱۲ ۳۴۵ ۶۷۸۹", IranianMobile.Display("+989123456789"));

    [Theory]
    [InlineData("09123456789")]
    [InlineData("+98912345678")]
    public void Display_NotCanonical_Throws(string input) =>
        Assert.Throws<ArgumentException>(() => IranianMobile.Display(input));

    public enum Script { Ascii, Persian, Arabic }

    private static string InScript(string text, Script script) => script switch
    {
        Script.Ascii => text,
        Script.Persian => PersianText.ToPersianDigits(text),
        Script.Arabic => new string([.. text.Select(c => c is >= '0' and <= '9' ? (char)('\u0660' + (c - '0')) : c)]),
        _ => throw new ArgumentOutOfRangeException(nameof(script)),
    };
}
