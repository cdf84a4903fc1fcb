using RahZendegi.Bot.Membership;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace RahZendegi.Tests.Bot.Membership;

public class ShapedLineTests
{
    [Fact]
    public void Shape_JoinedWord_UsesContextualFormsRightToLeft()
    {
        using var shaper = new SKShaper(CardFonts.Regular);
        using var font = new SKFont(CardFonts.Regular, 30);
        const string word = "کتابخانه";

        var line = ShapedLine.Shape(word, shaper, font);
        var isolated = font.GetGlyphs(word); // one glyph per letter, its stand-alone form

        // Drawn letter by letter, the word would be these isolated glyphs in reading order;
        // shaped, its first letter «ک» is the rightmost glyph and in its initial, joining form.
        Assert.NotEqual(isolated, line.Glyphs);
        Assert.NotEqual(isolated.Reverse(), line.Glyphs);
        Assert.NotEqual(isolated[0], line.Glyphs[^1]);
        Assert.Equal(font.GetGlyphs("ک")[0], ShapedLine.Shape("ک", shaper, font).Glyphs.Single());
    }

    [Fact]
    public void Shape_PersianNumberAfterWord_NumberReadsLeftToRightOnTheLeft()
    {
        using var shaper = new SKShaper(CardFonts.Regular);
        using var font = new SKFont(CardFonts.Regular, 30);
        var one = font.GetGlyphs("۱")[0];
        var four = font.GetGlyphs("۴")[0];
        var kaf = font.GetGlyphs("ک")[0];

        var line = ShapedLine.Shape("ک ۱۴", shaper, font);

        Assert.Equal([one, four], line.Glyphs.Take(2));
        Assert.Equal(kaf, line.Glyphs[^1]);
        Assert.True(line.Positions[0].X < line.Positions[1].X);
    }

    [Fact]
    public void Shape_Text_WidthMatchesTheLastGlyphsAdvance()
    {
        using var shaper = new SKShaper(CardFonts.Bold);
        using var font = new SKFont(CardFonts.Bold, 40);

        var line = ShapedLine.Shape(MembershipCardTexts.Title, shaper, font);

        Assert.True(line.Width > 0);
        Assert.All(line.Positions, p => Assert.InRange(p.X, 0, line.Width));
    }
}
