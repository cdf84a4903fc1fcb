using System.Text;

namespace RahZendegi.Domain.Persian;

public static class PersianText
{
    public const char ZeroWidthNonJoiner = '\u200C';

    private const char PersianYeh = '\u06CC';
    private const char PersianKeheh = '\u06A9';

    // Every piece of user input passes through here before a flow looks at it, so that
    // «۱۲۳», «١٢٣» and "123", or a name typed on an Arabic keyboard, all mean the same thing.
    // Deliberately conservative: ة (teh marbuta) and hamza forms are kept, because they are
    // part of how people spell their names and Arabic phrases, and a name is stored as typed.
    public static string Normalize(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return string.Empty;
        }

        // Compose first so a decomposed آ (alef + combining madda) survives the diacritic strip.
        var composed = input.Normalize(NormalizationForm.FormC);
        var folded = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            var mapped = Fold(c);
            if (mapped is not null)
            {
                folded.Append(mapped.Value);
            }
        }

        return CollapseSeparators(folded);
    }

    public static string ToPersianDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                >= '0' and <= '9' => (char)('\u06F0' + (c - '0')),
                >= '\u0660' and <= '\u0669' => (char)('\u06F0' + (c - '\u0660')),
                _ => c,
            });
        }

        return result.ToString();
    }

    // Returns null for characters that are dropped.
    private static char? Fold(char c) => c switch
    {
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        '\u064A' or '\u0649' => PersianYeh,
        '\u0643' => PersianKeheh,
        '\u0640' => null, // tatweel, a stretching stroke with no meaning
        >= '\u064B' and <= '\u0652' => null, // tanwin, fatha, damma, kasra, shadda, sukun
        '\u0670' => null, // superscript alef
        _ when IsInvisibleControl(c) => null,
        _ when char.IsWhiteSpace(c) => ' ', // NBSP, tabs, newlines, thin spaces…
        _ => c,
    };

    // Bidi marks and embeddings that phone keyboards insert around numbers and Latin text.
    private static bool IsInvisibleControl(char c) =>
        c is '\u200E' or '\u200F' or '\u061C' or '\u200B' or '\uFEFF'
            or (>= '\u202A' and <= '\u202E')
            or (>= '\u2066' and <= '\u2069');

    // A run of spaces and ZWNJs becomes one space if it holds a space, one ZWNJ if it holds only
    // ZWNJs, and nothing at either end of the text: a ZWNJ only means something inside a word.
    private static string CollapseSeparators(StringBuilder text)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsSeparator(text[i]))
            {
                result.Append(text[i]);
                i++;
                continue;
            }

            var start = i;
            var hasSpace = false;
            while (i < text.Length && IsSeparator(text[i]))
            {
                hasSpace |= text[i] == ' ';
                i++;
            }

            var atEdge = start == 0 || i == text.Length;
            if (!atEdge)
            {
                result.Append(hasSpace ? ' ' : ZeroWidthNonJoiner);
            }
        }

        return result.ToString();
    }

    private static bool IsSeparator(char c) => c is ' ' or ZeroWidthNonJoiner;
}
