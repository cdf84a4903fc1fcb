using SkiaSharp;

namespace RahZendegi.Bot.Membership;

// Vazirmatn ships inside the assembly so the card looks the same on every host, with no system
// fonts installed (the native Skia build used here does not read fontconfig).
public static class CardFonts
{
    private static readonly Lazy<SKTypeface> regular = new(() => Load("Vazirmatn-Regular.ttf"));
    private static readonly Lazy<SKTypeface> bold = new(() => Load("Vazirmatn-Bold.ttf"));

    public static SKTypeface Regular => regular.Value;

    public static SKTypeface Bold => bold.Value;

    private static SKTypeface Load(string fileName)
    {
        var name = $"RahZendegi.Bot.Membership.Fonts.{fileName}";
        using var stream = typeof(CardFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is missing from the assembly.");
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"The font resource {name} could not be read.");
    }
}
