namespace RahZendegi.Domain.Persian;

// Amounts are stored as Rials in a long; people read and speak Tomans (10 Rials), so every
// amount shown to a user or an admin is rendered in Tomans.
public static class Money
{
    public const long RialsPerToman = 10;

    /// <summary>The most any price staff type may be: a billion Tomans, far above every real fee and well inside a long.</summary>
    public const long MaxToman = 1_000_000_000;

    public static long FromToman(long toman) => checked(toman * RialsPerToman);

    /// <summary>
    /// Reads an amount typed in Tomans («۱۲۰٬۰۰۰», "120,000", «١٢٠٠٠٠») into Rials: a whole number from zero up to
    /// <see cref="MaxToman"/>. False for anything else, an empty field included.
    /// </summary>
    public static bool TryParseToman(string? typed, out long rials)
    {
        var valid = PersianNumber.TryParseWhole(typed, out var toman) && toman <= MaxToman;
        rials = valid ? FromToman(toman) : 0;
        return valid;
    }

    // Rials that do not make a whole Toman are dropped (rounded toward zero): nothing smaller
    // than a Toman is payable, truncation never shows a price higher than what is charged, and
    // it treats a negative amount (a discount line) the same as its positive counterpart.
    // Pricing keeps amounts in whole Tomans, so this only matters for a stray odd amount.
    public static long ToToman(long rials) => rials / RialsPerToman;

    // 1_200_000 Rials → «۱۲۰٬۰۰۰ تومان»
    public static string FormatToman(long rials) => PersianNumber.Format(ToToman(rials)) + " تومان";

    public static string FormatRial(long rials) => PersianNumber.Format(rials) + " ریال";

    // 40 → «۴۰٪»
    public static string FormatPercent(int percent) => PersianNumber.FormatPlain(percent) + "\u066A";
}
