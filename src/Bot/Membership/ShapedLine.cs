using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace RahZendegi.Bot.Membership;

// One line of right-to-left text, shaped by HarfBuzz (joined Persian letters) and laid out in
// visual order, left to right, ready to be drawn at any position.
public sealed class ShapedLine
{
    // Persian, not the host's locale: the font's Persian forms (digits, «ی», «ک») are chosen by it.
    private static readonly Language Persian = new("fa");

    private ShapedLine(ushort[] glyphs, SKPoint[] positions, float width)
    {
        Glyphs = glyphs;
        Positions = positions;
        Width = width;
    }

    // Glyph ids in visual order, left to right, and their offsets from the line's left end.
    public IReadOnlyList<ushort> Glyphs { get; }

    public IReadOnlyList<SKPoint> Positions { get; }

    public float Width { get; }

    public static ShapedLine Shape(string text, SKShaper shaper, SKFont font)
    {
        var runs = BidiRuns.Split(text);
        var shaped = new List<SKShaper.Result>(runs.Count);
        foreach (var run in runs)
        {
            using var buffer = new HarfBuzzSharp.Buffer();
            buffer.AddUtf16(text.AsSpan(run.Start, run.Length));
            buffer.Direction = run.RightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
            buffer.Language = Persian;
            buffer.GuessSegmentProperties();
            shaped.Add(shaper.Shape(buffer, font));
        }

        // The paragraph is right to left: the first run in reading order is the rightmost,
        // so runs are placed from the left starting with the last one.
        var glyphs = new List<ushort>();
        var positions = new List<SKPoint>();
        var x = 0f;
        for (var i = shaped.Count - 1; i >= 0; i--)
        {
            var result = shaped[i];
            for (var g = 0; g < result.Codepoints.Length; g++)
            {
                glyphs.Add((ushort)result.Codepoints[g]);
                positions.Add(new SKPoint(x + result.Points[g].X, result.Points[g].Y));
            }

            x += result.Width;
        }

        return new ShapedLine([.. glyphs], [.. positions], x);
    }

    public void DrawRightAligned(SKCanvas canvas, float right, float baseline, SKFont font, SKPaint paint) =>
        DrawFromLeft(canvas, right - Width, baseline, font, paint);

    public void DrawFromLeft(SKCanvas canvas, float left, float baseline, SKFont font, SKPaint paint)
    {
        if (Glyphs.Count == 0)
        {
            return;
        }

        using var builder = new SKTextBlobBuilder();
        builder.AddPositionedRun([.. Glyphs], font, [.. Positions]);
        using var blob = builder.Build();
        canvas.DrawText(blob, left, baseline, paint);
    }
}
