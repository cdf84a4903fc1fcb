namespace RahZendegi.Bot.Conversations;

/// <summary>
/// Buttons that fit a phone: a button wider than about thirty characters wraps or is cut by the messenger where the
/// person cannot read the rest, so a long title or name is shortened here, with «…», and the rest of the label kept.
/// </summary>
public static class ButtonText
{
    public const int MaxLength = 30;

    /// <summary>Fewer characters than this left for the title would leave it unrecognisable: the row grows instead.</summary>
    private const int MinShortened = 8;

    /// <summary><paramref name="text"/> within <paramref name="max"/> characters, its end replaced by «…» when longer.</summary>
    public static string Shorten(string text, int max = MaxLength) =>
        text.Length <= max ? text : text[..(Math.Max(max, 2) - 1)].TrimEnd() + "…";

    /// <summary>A label whose <paramref name="shortenable"/> part gives way so that, with <paramref name="fixedPart"/>, it stays within the limit.</summary>
    public static string Fit(string shortenable, string fixedPart, bool fixedFirst = false)
    {
        var room = Math.Max(MaxLength - fixedPart.Length, MinShortened);
        var shortened = Shorten(shortenable, room);
        return fixedFirst ? fixedPart + shortened : shortened + fixedPart;
    }
}
