using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RahZendegi.Domain.Membership;

namespace RahZendegi.Tests.Domain.Membership;

public class NationalIdTests
{
    // Nine random digits and the check digit computed here, independently of the code under test.
    private static readonly Arbitrary<string> ValidIds =
        Gen.ArrayOf(Gen.Choose(0, 9), 9)
            .Select(d => string.Concat(d) + CheckDigit(string.Concat(d)))
            .Where(id => id.Distinct().Count() > 1)
            .ToArbitrary();

    [Theory]
    [InlineData("0012345679")]
    [InlineData("0499370899")]
    [InlineData("3759817467")]
    [InlineData("9876543210")]
    [InlineData("1234567891")]
    public void Validate_KnownValidId_IsValid(string id)
    {
        Assert.Equal(NationalIdCheck.Valid, NationalId.Validate(id, out var canonical));
        Assert.Equal(id, canonical);
    }

    [Theory]
    [InlineData("۰۴۹۹۳۷۰۸۹۹", "0499370899")]
    [InlineData("٠٤٩٩٣٧٠٨٩٩", "0499370899")]
    [InlineData(" ۰۴۹-۹۳۷۰۸۹-۹ ", "0499370899")]
    [InlineData("\u200E049 937 0899", "0499370899")]
    [InlineData("12345679", "0012345679")] // leading zeros dropped by a spreadsheet
    [InlineData("499370899", "0499370899")]
    public void Validate_PersianDigitsSeparatorsOrDroppedZeros_GivesTenAsciiDigits(string input, string expected)
    {
        Assert.Equal(NationalIdCheck.Valid, NationalId.Validate(input, out var canonical));
        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData(null, NationalIdCheck.Empty)]
    [InlineData("", NationalIdCheck.Empty)]
    [InlineData(" - ", NationalIdCheck.Empty)]
    [InlineData("1234567", NationalIdCheck.NotTenDigits)]
    [InlineData("12345678901", NationalIdCheck.NotTenDigits)]
    [InlineData("04993708a9", NationalIdCheck.NotTenDigits)]
    [InlineData("0000000000", NationalIdCheck.AllSameDigits)]
    [InlineData("1111111111", NationalIdCheck.AllSameDigits)] // its checksum matches
    [InlineData("۵۵۵۵۵۵۵۵۵۵", NationalIdCheck.AllSameDigits)]
    [InlineData("0499370898", NationalIdCheck.BadCheckDigit)]
    [InlineData("1234567890", NationalIdCheck.BadCheckDigit)]
    public void Validate_InvalidInput_SaysWhy(string? input, NationalIdCheck expected)
    {
        Assert.Equal(expected, NationalId.Validate(input, out var canonical));
        Assert.Empty(canonical);
    }

    [Property]
    public Property Validate_GeneratedValidId_IsValid() =>
        Prop.ForAll(ValidIds, id => NationalId.Validate(id, out var canonical) == NationalIdCheck.Valid && canonical == id);

    // Weights 10..2 are non-zero mod 11 and a digit changes by 1..9, so one changed digit always
    // changes r = s mod 11. But the check digit maps r = 1 and r = 10 both to 1, so a change that
    // moves r between 1 and 10 goes unnoticed (1234567891 → 3234567891 is one). Hence: an ID whose
    // check digit is not 1 catches every single-digit change...
    [Property]
    public Property Validate_SingleDigitChangeOfIdWithCheckDigitNotOne_IsRejected() =>
        Prop.ForAll(ValidIds.Filter(id => id[9] != '1'), id =>
            SingleDigitChanges(id).All(m => NationalId.Validate(m.Mutated, out _) != NationalIdCheck.Valid));

    // ...and in general a change is accepted exactly when it moves r between 1 and 10.
    [Property]
    public Property Validate_SingleDigitChange_IsAcceptedOnlyWhenRemainderMovesBetweenOneAndTen() =>
        Prop.ForAll(ValidIds, id => SingleDigitChanges(id).All(m =>
        {
            var accepted = NationalId.Validate(m.Mutated, out _) == NationalIdCheck.Valid;
            var blindSpot = m.Position < 9
                && new[] { Remainder(id), Remainder(m.Mutated) }.Order().SequenceEqual([1, 10])
                && m.Mutated.Distinct().Count() > 1;
            return accepted == blindSpot;
        }));

    [Fact]
    public void Validate_ChangeMovingRemainderFromOneToTen_IsNotCaught()
    {
        Assert.Equal(NationalIdCheck.Valid, NationalId.Validate("1234567891", out _));
        Assert.Equal(NationalIdCheck.Valid, NationalId.Validate("3234567891", out _));
    }

    private static IEnumerable<(int Position, string Mutated)> SingleDigitChanges(string id) =>
        from position in Enumerable.Range(0, 10)
        from digit in "0123456789"
        where digit != id[position]
        select (position, id[..position] + digit + id[(position + 1)..]);

    private static int Remainder(string id) => Enumerable.Range(0, 9).Sum(i => (id[i] - '0') * (10 - i)) % 11;

    private static int CheckDigit(string nine)
    {
        var r = Remainder(nine);
        return r < 2 ? r : 11 - r;
    }
}
