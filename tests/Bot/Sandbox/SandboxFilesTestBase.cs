using RahZendegi.Bot.Sandbox;
using SkiaSharp;
using Telegram.Bot;

namespace RahZendegi.Tests.Bot.Sandbox;

/// <summary>Files a user sends and the real Telegram.Bot client fetches: a picture to send, and the fetch itself.</summary>
public abstract class SandboxFilesTestBase(BotApiEmulator? emulator = null) : SandboxServerTestBase(emulator)
{
    // A tiny but real PDF: what a person scans their committee letter into.
    protected static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    /// <summary>A PNG of this size, as a phone's gallery would hand one over.</summary>
    protected static byte[] Png(int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(SKColors.SteelBlue);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>getFile, then the download from the path it gave: what a bot does to see a user's file.</summary>
    protected async Task<byte[]> FetchAsync(string fileId, TelegramBotClient? client = null)
    {
        client ??= Client;
        var file = await client.GetFile(fileId);
        using var bytes = new MemoryStream();
        await client.DownloadFile(file, bytes);
        return bytes.ToArray();
    }

    protected static (int Width, int Height) Pixels(byte[] image)
    {
        using var bitmap = SKBitmap.Decode(image);
        return (bitmap.Width, bitmap.Height);
    }
}
