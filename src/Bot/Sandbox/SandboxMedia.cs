using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.StaticFiles;
using SkiaSharp;

namespace RahZendegi.Bot.Sandbox;

/// <summary>What the emulator makes of a user's bytes: a photo's sizes, a document's type, and stand-ins for tests.</summary>
internal static class SandboxMedia
{
    public const string StandInDocumentName = "مدرک.pdf";
    public const string OctetStream = "application/octet-stream";

    // Telegram's smallest photo size fits a 90-pixel box (its "s" size), and it is a JPEG.
    private const int ThumbnailBox = 90;
    private const int ThumbnailQuality = 80;

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly Lazy<IReadOnlyList<SandboxImage>> StandIn = new(() => PhotoSizes(DrawStandInPhoto())!);

    /// <summary>The sizes of the emulator's own stand-in photo (an 800 × 600 JPEG of a card), made once.</summary>
    public static IReadOnlyList<SandboxImage> StandInPhotoSizes => StandIn.Value;

    /// <summary>A one-page PDF with a grey card on it: a valid file for a panel to show, in any language.</summary>
    public static byte[] StandInDocument { get; } = OnePagePdf();

    /// <summary>
    /// The sizes a platform lists for this photo, smallest first: a thumbnail when the photo is larger than one, then the
    /// photo itself. Telegram re-encodes the photo too; the sandbox keeps the bytes as sent, so a test can compare
    /// them. Null when the bytes are not an image a messenger shows as a photo.
    /// </summary>
    public static IReadOnlyList<SandboxImage>? PhotoSizes(byte[] content)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || Format(codec.EncodedFormat) is not { } format)
            return null;
        var original = new SandboxImage(content, codec.Info.Width, codec.Info.Height, format.MimeType, format.Extension);
        if (Math.Max(original.Width, original.Height) <= ThumbnailBox)
            return [original];

        using var bitmap = SKBitmap.Decode(codec);
        if (bitmap is null)
            return null;
        var scale = (double)ThumbnailBox / Math.Max(bitmap.Width, bitmap.Height);
        var width = Math.Max(1, (int)Math.Round(bitmap.Width * scale));
        var height = Math.Max(1, (int)Math.Round(bitmap.Height * scale));
        using var small = bitmap.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var image = SKImage.FromBitmap(small);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, ThumbnailQuality);
        return [new SandboxImage(jpeg.ToArray(), width, height, "image/jpeg", ".jpg"), original];
    }

    /// <summary>A document's type: as the sender gave it, else guessed from the name's extension, as Telegram does.</summary>
    public static string MimeTypeOf(string fileName, string? given) =>
        !string.IsNullOrWhiteSpace(given) ? given
        : ContentTypes.TryGetContentType(fileName, out var guessed) ? guessed
        : OctetStream;

    /// <summary>The extension a document's path keeps: the name's own when it is a plain one, as Telegram's paths do.</summary>
    public static string ExtensionOf(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension.Length is > 1 and <= 10 && extension.Skip(1).All(char.IsAsciiLetterOrDigit) ? extension : "";
    }

    private static (string MimeType, string Extension)? Format(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => ("image/jpeg", ".jpg"),
        SKEncodedImageFormat.Png => ("image/png", ".png"),
        SKEncodedImageFormat.Webp => ("image/webp", ".webp"),
        SKEncodedImageFormat.Gif => ("image/gif", ".gif"),
        SKEncodedImageFormat.Bmp => ("image/bmp", ".bmp"),
        _ => null,
    };

    private static byte[] DrawStandInPhoto()
    {
        const int Width = 800, Height = 600;
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height))
            ?? throw new InvalidOperationException("Skia could not create a drawing surface.");
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xE9, 0xEE, 0xF0));
        using var card = new SKPaint { Color = SKColors.White, IsAntialias = true };
        canvas.DrawRoundRect(new SKRect(120, 110, 680, 490), 24, 24, card);
        using var band = new SKPaint { Color = new SKColor(0x2A, 0x7F, 0x62), IsAntialias = true };
        canvas.DrawRoundRect(new SKRect(120, 110, 680, 190), 24, 24, band);
        canvas.DrawRect(new SKRect(120, 160, 680, 190), band);
        using var line = new SKPaint { Color = new SKColor(0xC9, 0xD3, 0xDA) };
        for (var row = 0; row < 4; row++)
            canvas.DrawRect(new SKRect(300, 240 + row * 55, 640, 262 + row * 55), line);
        canvas.DrawRect(new SKRect(160, 240, 260, 370), line);
        using var image = surface.Snapshot();
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return jpeg.ToArray();
    }

    // PDF 1.4 with one A4 page; the cross-reference table's offsets are counted as the file is written.
    private static byte[] OnePagePdf()
    {
        const string Drawing = "0.85 g 72 560 451 200 re f 0.16 0.5 0.38 rg 72 720 451 40 re f";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
            $"<< /Length {Drawing.Length} >>\nstream\n{Drawing}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}

/// <summary>One size of a photo: its bytes, pixels and format.</summary>
internal sealed record SandboxImage(byte[] Content, int Width, int Height, string MimeType, string Extension);
