using QRCoder;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace RahZendegi.Bot.Membership;

// Draws the membership card sent to a new member as a photo: credit-card proportions, the
// fields on the right (the reading side in Persian), the QR code on the left.
public static class MembershipCard
{
    public const int Width = 1012;
    public const int Height = 638;

    private const float Margin = 56;
    private const float HeaderHeight = 156;
    private const float AccentHeight = 6;
    private const float FooterHeight = 14;
    private const float QrBoxSize = 304;
    private const float QrCaptionSpace = 46;
    private const float LabelSize = 25;
    private const float ValueSize = 30;
    private const float MinValueSize = 22;
    private const float WrappedValueSize = 21;
    private const float WrapOffset = 15;
    private const float LabelGap = 22;
    private const float RowHeight = 74;

    private static readonly SKColor Background = new(0xFF, 0xFF, 0xFF);
    private static readonly SKColor HeaderTop = new(0x0B, 0x4F, 0x5C);
    private static readonly SKColor HeaderBottom = new(0x13, 0x6F, 0x7A);
    private static readonly SKColor Accent = new(0xD4, 0xA5, 0x37);
    private static readonly SKColor TitleColor = new(0xFF, 0xFF, 0xFF);
    private static readonly SKColor SubtitleColor = new(0xCF, 0xE8, 0xE6);
    private static readonly SKColor LabelColor = new(0x5B, 0x6B, 0x70);
    private static readonly SKColor ValueColor = new(0x1C, 0x25, 0x28);
    private static readonly SKColor RuleColor = new(0xE6, 0xEB, 0xEC);
    private static readonly SKColor QrBorder = new(0xD5, 0xDD, 0xDF);
    private static readonly SKColor CaptionColor = new(0x7A, 0x88, 0x8C);

    public static byte[] Render(MembershipCardData data)
    {
        ArgumentNullException.ThrowIfNull(data);

        // Opaque: the card has no transparent pixel, and the PNG then carries no alpha channel to compress.
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque))
            ?? throw new InvalidOperationException("Skia could not create a drawing surface.");
        var canvas = surface.Canvas;
        canvas.Clear(Background);

        using var regular = new SKShaper(CardFonts.Regular);
        using var bold = new SKShaper(CardFonts.Bold);

        DrawHeader(canvas, regular, bold);
        DrawFooter(canvas);
        var fieldsLeft = DrawQrCode(canvas, regular, data.QrPayload);
        DrawFields(canvas, regular, bold, data, fieldsLeft);

        // The encoder's defaults (every row filter tried, zlib level 6) took three quarters of a card's time, inside
        // the update that registers the member; one filter and level 3 is about six times faster for an eighth more
        // bytes (about 72 KB against 63 KB).
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels() ?? throw new InvalidOperationException("Skia could not read the card's pixels.");
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, 3))
            ?? throw new InvalidOperationException("Skia could not encode the card.");
        return png.ToArray();
    }

    private static void DrawHeader(SKCanvas canvas, SKShaper regular, SKShaper bold)
    {
        using var shader = SKShader.CreateLinearGradient(
            new SKPoint(0, 0), new SKPoint(Width, HeaderHeight), [HeaderTop, HeaderBottom], SKShaderTileMode.Clamp);
        using var band = new SKPaint { Shader = shader };
        canvas.DrawRect(0, 0, Width, HeaderHeight, band);

        using var accent = new SKPaint { Color = Accent };
        canvas.DrawRect(0, HeaderHeight, Width, AccentHeight, accent);

        // A faint ring in the band's left corner, so the header is not a flat slab.
        using var ring = new SKPaint { Color = TitleColor.WithAlpha(0x18), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 26 };
        canvas.Save();
        canvas.ClipRect(new SKRect(0, 0, Width, HeaderHeight));
        canvas.DrawCircle(Margin + 40, HeaderHeight - 10, 96, ring);
        canvas.Restore();

        DrawText(canvas, bold, MembershipCardTexts.Title, 40, Width - Margin, 78, TitleColor);
        DrawText(canvas, regular, MembershipCardTexts.Subtitle, 26, Width - Margin, 124, SubtitleColor);
    }

    private static void DrawFooter(SKCanvas canvas)
    {
        using var band = new SKPaint { Color = HeaderBottom };
        canvas.DrawRect(0, Height - FooterHeight, Width, FooterHeight, band);
    }

    private static float BodyTop => HeaderHeight + AccentHeight;

    private static float BodyHeight => Height - FooterHeight - BodyTop;

    // Returns the x where the fields may start, to the right of the QR block.
    private static float DrawQrCode(SKCanvas canvas, SKShaper regular, string payload)
    {
        var top = BodyTop + (BodyHeight - QrBoxSize - QrCaptionSpace) / 2;
        var box = new SKRect(Margin, top, Margin + QrBoxSize, top + QrBoxSize);

        using var frame = new SKPaint { Color = QrBorder, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
        using var white = new SKPaint { Color = SKColors.White };
        canvas.DrawRoundRect(box, 14, 14, white);
        canvas.DrawRoundRect(box, 14, 14, frame);

        using var generator = new QRCodeGenerator();
        using var qr = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var matrix = qr.ModuleMatrix; // already framed by the standard four-module quiet zone

        // Whole pixels per module keep the edges sharp for a phone camera.
        var module = (int)((QrBoxSize - 8) / matrix.Count);
        var side = module * matrix.Count;
        var left = (int)(box.MidX - side / 2f);
        var qrTop = (int)(box.MidY - side / 2f);
        using var dark = new SKPaint { Color = SKColors.Black, IsAntialias = false };
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var col = 0; col < matrix.Count; col++)
            {
                if (matrix[row][col])
                {
                    canvas.DrawRect(left + col * module, qrTop + row * module, module, module, dark);
                }
            }
        }

        DrawCentered(canvas, regular, MembershipCardTexts.QrCaption, 19, box.MidX, box.Bottom + 36, CaptionColor);
        return box.Right + 40;
    }

    private static void DrawFields(SKCanvas canvas, SKShaper regular, SKShaper bold, MembershipCardData data, float fieldsLeft)
    {
        (string Label, string Value)[] fields =
        [
            (MembershipCardTexts.NameLabel, data.FullName),
            (MembershipCardTexts.NumberLabel, data.MembershipNumber),
            (MembershipCardTexts.LibraryLabel, data.LibraryName),
            (MembershipCardTexts.IssuedOnLabel, data.IssuedOn),
        ];

        using var labelFont = CreateFont(CardFonts.Bold, LabelSize);
        var labelColumn = fields.Max(f => ShapedLine.Shape(f.Label, bold, labelFont).Width);
        var labelRight = Width - Margin;
        var valueRight = labelRight - labelColumn - LabelGap;
        var valueWidth = valueRight - fieldsLeft;

        var firstBaseline = BodyTop + (BodyHeight - fields.Length * RowHeight) / 2 + RowHeight / 2 + 10;
        using var rule = new SKPaint { Color = RuleColor, StrokeWidth = 1.5f };
        for (var i = 0; i < fields.Length; i++)
        {
            var baseline = firstBaseline + i * RowHeight;
            DrawText(canvas, bold, fields[i].Label, LabelSize, labelRight, baseline, LabelColor);
            DrawFitted(canvas, regular, fields[i].Value, valueRight, valueWidth, baseline);
            if (i < fields.Length - 1)
            {
                var y = baseline + RowHeight / 2 - 4;
                canvas.DrawLine(fieldsLeft, y, labelRight, y, rule);
            }
        }
    }

    // A long library or person's name first shrinks to fit its column; still too long, it wraps
    // onto two lines, and only past that is it cut with an ellipsis: it never runs under the QR code.
    private static void DrawFitted(SKCanvas canvas, SKShaper shaper, string value, float right, float maxWidth, float baseline)
    {
        using var font = CreateFont(CardFonts.Regular, ValueSize);
        using var paint = new SKPaint { Color = ValueColor, IsAntialias = true };
        var line = ShapedLine.Shape(value, shaper, font);
        if (line.Width > maxWidth)
        {
            font.Size = Math.Max(MinValueSize, MathF.Floor(ValueSize * maxWidth / line.Width));
            line = ShapedLine.Shape(value, shaper, font);
        }

        if (line.Width <= maxWidth)
        {
            line.DrawRightAligned(canvas, right, baseline, font, paint);
            return;
        }

        font.Size = WrappedValueSize;
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var take = 1;
        while (take < words.Length && ShapedLine.Shape(string.Join(' ', words[..(take + 1)]), shaper, font).Width <= maxWidth)
        {
            take++;
        }

        var first = Ellipsize(string.Join(' ', words[..take]), shaper, font, maxWidth);
        if (take == words.Length)
        {
            first.DrawRightAligned(canvas, right, baseline, font, paint);
            return;
        }

        first.DrawRightAligned(canvas, right, baseline - WrapOffset, font, paint);
        Ellipsize(string.Join(' ', words[take..]), shaper, font, maxWidth)
            .DrawRightAligned(canvas, right, baseline + WrapOffset, font, paint);
    }

    private static ShapedLine Ellipsize(string text, SKShaper shaper, SKFont font, float maxWidth)
    {
        var line = ShapedLine.Shape(text, shaper, font);
        for (var keep = text.Length - 1; line.Width > maxWidth && keep > 0; keep--)
        {
            line = ShapedLine.Shape(text[..keep].TrimEnd() + "…", shaper, font);
        }

        return line;
    }

    private static void DrawText(SKCanvas canvas, SKShaper shaper, string text, float size, float right, float baseline, SKColor color)
    {
        using var font = CreateFont(shaper.Typeface, size);
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        ShapedLine.Shape(text, shaper, font).DrawRightAligned(canvas, right, baseline, font, paint);
    }

    private static void DrawCentered(SKCanvas canvas, SKShaper shaper, string text, float size, float centre, float baseline, SKColor color)
    {
        using var font = CreateFont(shaper.Typeface, size);
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        var line = ShapedLine.Shape(text, shaper, font);
        line.DrawFromLeft(canvas, centre - line.Width / 2, baseline, font, paint);
    }

    private static SKFont CreateFont(SKTypeface typeface, float size) =>
        new(typeface, size) { Subpixel = true, Edging = SKFontEdging.Antialias };
}
