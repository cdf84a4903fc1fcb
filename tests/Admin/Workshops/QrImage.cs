using SkiaSharp;
using ZXing;

namespace RahZendegi.Tests.Admin.Workshops;

/// <summary>Reads a QR code back from a <c>data:image/png;base64,…</c> address, as a phone camera would read the printed one.</summary>
internal static class QrImage
{
    public static string? Decode(string dataUri)
    {
        const string prefix = "data:image/png;base64,";
        Assert.StartsWith(prefix, dataUri, StringComparison.Ordinal);
        using var bitmap = SKBitmap.Decode(Convert.FromBase64String(dataUri[prefix.Length..]));
        using var rgba = bitmap.Copy(SKColorType.Rgba8888);
        var reader = new BarcodeReaderGeneric();
        reader.Options.PossibleFormats = [BarcodeFormat.QR_CODE];
        return reader.Decode(rgba.Bytes, rgba.Width, rgba.Height, RGBLuminanceSource.BitmapFormat.RGBA32)?.Text;
    }
}
