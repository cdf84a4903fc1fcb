using System.Globalization;
using System.Text;

namespace RahZendegi.Domain.Persian;

public static class PersianNumber
{
    public const char ThousandsSeparator = '\u066C';

    // A leading left-to-right mark keeps the minus sign on the left of the digits inside
    // right-to-left text; without it the bidi algorithm moves the sign to the right.
    private const string NegativeSign = "\u200E-";

    // «۱٬۲۰۰٬۰۰۰»: counts and amounts.
    public static string Format(long value)
    {
        var digits = Magnitude(value);
        var grouped = new StringBuilder(digits.Length + digits.Length / 3);
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                grouped.Append(ThousandsSeparator);
            }

            grouped.Append(digits[i]);
        }

        return Sign(value) + PersianText.ToPersianDigits(grouped.ToString());
    }

    // «۱۴۰۵»: years, codes and other numbers that are read digit by digit, never grouped.
    public static string FormatPlain(long value) =>
        Sign(value) + PersianText.ToPersianDigits(Magnitude(value));

    /// <summary>
    /// Reads a whole number of zero or more as a person types it: Persian, Arabic or Latin digits, with or without
    /// thousands separators (Persian «٬» or a comma). False for anything else, an empty field included.
    /// </summary>
    public static bool TryParseWhole(string? typed, out long value)
    {
        var text = PersianText.Normalize(typed).Replace(ThousandsSeparator.ToString(), "", StringComparison.Ordinal)
            .Replace(",", "", StringComparison.Ordinal);
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    // «۰۹»: fixed-width fields such as months, days, hours and minutes.
    public static string FormatPadded(int value, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return PersianText.ToPersianDigits(value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'));
    }

    private static string Magnitude(long value) =>
        value.ToString(CultureInfo.InvariantCulture).TrimStart('-');

    private static string Sign(long value) => value < 0 ? NegativeSign : string.Empty;
}
