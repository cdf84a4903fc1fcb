using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Membership;

public enum NationalIdCheck { Valid, Empty, NotTenDigits, AllSameDigits, BadCheckDigit }

/// <summary>The Iranian national ID (کد ملی): ten digits, the last a check digit over the first nine.</summary>
public static class NationalId
{
    public const int Length = 10;

    // Spreadsheets (the committee's eligibility lists among them) and some forms store the ID as
    // a number and drop its leading zeros; an ID starting with 00 then arrives with 8 digits.
    // Padding back is safe because the check digit still has to match the padded number.
    private const int ShortestAccepted = 8;

    /// <summary>On <see cref="NationalIdCheck.Valid"/>, <paramref name="canonical"/> is the ten ASCII digits; otherwise empty.</summary>
    public static NationalIdCheck Validate(string? input, out string canonical)
    {
        canonical = string.Empty;
        var digits = new string([.. PersianText.Normalize(input).Where(c => !IsSeparator(c))]);
        if (digits.Length == 0)
        {
            return NationalIdCheck.Empty;
        }

        if (digits.Length is < ShortestAccepted or > Length || !digits.All(char.IsAsciiDigit))
        {
            return NationalIdCheck.NotTenDigits;
        }

        digits = digits.PadLeft(Length, '0');

        // 0000000000, 1111111111, … pass the checksum; they are what people type to get past a form.
        if (digits.All(c => c == digits[0]))
        {
            return NationalIdCheck.AllSameDigits;
        }

        if (CheckDigit(digits) != digits[Length - 1] - '0')
        {
            return NationalIdCheck.BadCheckDigit;
        }

        canonical = digits;
        return NationalIdCheck.Valid;
    }

    // s = Σ d[i]×(10−i) over the first nine digits; r = s mod 11; the check digit is r when r < 2, else 11 − r.
    private static int CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            sum += (digits[i] - '0') * (Length - i);
        }

        var remainder = sum % 11;
        return remainder < 2 ? remainder : 11 - remainder;
    }

    private static bool IsSeparator(char c) => c is ' ' or '-' or PersianText.ZeroWidthNonJoiner or (>= '\u2010' and <= '\u2015');
}
