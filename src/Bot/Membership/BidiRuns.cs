using System.Globalization;

namespace RahZendegi.Bot.Membership;

public readonly record struct BidiRun(int Start, int Length, bool RightToLeft);

// A small part of the Unicode bidi algorithm, enough for one line of a right-to-left paragraph:
// Persian letters run right to left, while numbers (Persian or ASCII digits, with a single
// separator between digits as in «۱۴۰۵/۰۳/۱۵» or «۱۴۰۵-۰۰۰۱۲۳») and any Latin words run left to
// right. HarfBuzz only shapes; without this step a number would be drawn back to front.
public static class BidiRuns
{
    private enum Kind { Rtl, Ltr, Number, Separator, Mark, Neutral }

    public static IReadOnlyList<BidiRun> Split(string text)
    {
        var kinds = new Kind[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            kinds[i] = Classify(text[i]);
        }

        ResolveMarks(kinds);
        ResolveSeparators(kinds);
        var ltr = ResolveLevels(kinds);

        var runs = new List<BidiRun>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || ltr[i] != ltr[start])
            {
                runs.Add(new BidiRun(start, i - start, !ltr[start]));
                start = i;
            }
        }

        return runs;
    }

    private static Kind Classify(char c)
    {
        if (c is >= '0' and <= '9' or >= '\u06F0' and <= '\u06F9' or >= '\u0660' and <= '\u0669' or '\u066B' or '\u066C')
        {
            return Kind.Number;
        }

        if (c is '-' or '+' or '/' or ':' or '.' or ',' or '\u060C')
        {
            return Kind.Separator;
        }

        if (c is '\u200C' or '\u200D' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        {
            return Kind.Mark;
        }

        if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' or '\u200F')
        {
            return Kind.Rtl;
        }

        return char.IsLetter(c) || c == '\u200E' ? Kind.Ltr : Kind.Neutral;
    }

    // A combining mark or joiner takes the kind of the character it follows.
    private static void ResolveMarks(Kind[] kinds)
    {
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == Kind.Mark)
            {
                kinds[i] = i == 0 ? Kind.Rtl : kinds[i - 1];
            }
        }
    }

    // One separator between two digits belongs to the number; any other is neutral.
    private static void ResolveSeparators(Kind[] kinds)
    {
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] != Kind.Separator)
            {
                continue;
            }

            var between = i > 0 && i < kinds.Length - 1 && kinds[i - 1] == Kind.Number && kinds[i + 1] == Kind.Number;
            kinds[i] = between ? Kind.Number : Kind.Neutral;
        }
    }

    // Numbers and Latin letters go left to right. Neutrals (spaces, punctuation) go left to right
    // only between two Latin letters: next to a number they take the paragraph's direction, as
    // the bidi algorithm treats numbers like right-to-left letters when resolving neutrals.
    private static bool[] ResolveLevels(Kind[] kinds)
    {
        var ltr = new bool[kinds.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is Kind.Ltr or Kind.Number)
            {
                ltr[i] = true;
                continue;
            }

            if (kinds[i] != Kind.Neutral)
            {
                continue;
            }

            var end = i;
            while (end < kinds.Length && kinds[end] == Kind.Neutral)
            {
                end++;
            }

            var between = i > 0 && end < kinds.Length && kinds[i - 1] == Kind.Ltr && kinds[end] == Kind.Ltr;
            for (var j = i; j < end; j++)
            {
                ltr[j] = between;
            }

            i = end - 1;
        }

        return ltr;
    }
}
