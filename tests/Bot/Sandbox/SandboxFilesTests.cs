using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Bot.Sandbox;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace RahZendegi.Tests.Bot.Sandbox;

/// <summary>Photos and documents users send, fetched by the real Telegram.Bot client with getFile and the file download.</summary>
public sealed class SandboxFilesTests : SandboxFilesTestBase
{
    private readonly FakeTimeProvider _time;

    public SandboxFilesTests() : this(new FakeTimeProvider(DateTimeOffset.UtcNow))
    {
    }

    private SandboxFilesTests(FakeTimeProvider time) : base(new BotApiEmulator(time)) => _time = time;

    [Fact]
    public async Task SendPhoto_UsersImage_ArrivesAsAThumbnailThenTheImageWithItsOwnPixelsAndSize()
    {
        var image = Png(640, 480);

        Bot.SendPhoto(Ali, image, "کارت مددجویی");
        var message = Assert.Single(await Client.GetUpdates()).Message!;

        Assert.Equal(MessageType.Photo, message.Type);
        Assert.Equal("کارت مددجویی", message.Caption);
        Assert.Equal(2, message.Photo!.Length);
        Assert.Equal((640, 480, (long)image.Length), (message.Photo[1].Width, message.Photo[1].Height, message.Photo[1].FileSize!.Value));
        Assert.Equal((90, 68), (message.Photo[0].Width, message.Photo[0].Height));
        Assert.NotEqual(message.Photo[0].FileId, message.Photo[1].FileId);
    }

    [Fact]
    public async Task GetFileThenDownloadFile_UsersPhoto_GivesBackTheBytesSent()
    {
        var image = Png(640, 480);
        Bot.SendPhoto(Ali, image);
        var largest = Assert.Single(await Client.GetUpdates()).Message!.Photo![^1];

        var file = await Client.GetFile(largest.FileId);
        var fetched = await FetchAsync(largest.FileId);

        Assert.Equal((largest.FileId, largest.FileUniqueId, (long)image.Length), (file.FileId, file.FileUniqueId, file.FileSize!.Value));
        Assert.Matches(@"^photos/file_\d+\.png$", file.FilePath);
        Assert.Equal(image, fetched);
        Assert.Equal(1, Bot.FileDownloads(largest.FileId));
    }

    [Fact]
    public async Task DownloadFile_PhotosThumbnail_IsAJpegThatFitsTheNinetyPixelBox()
    {
        Bot.SendPhoto(Ali, Png(300, 600));
        var thumbnail = Assert.Single(await Client.GetUpdates()).Message!.Photo![0];

        var fetched = await FetchAsync(thumbnail.FileId);

        Assert.Equal((45, 90), (thumbnail.Width, thumbnail.Height));
        Assert.Equal((45, 90), Pixels(fetched));
        Assert.Equal([0xFF, 0xD8], fetched[..2]);
    }

    [Fact]
    public async Task SendPhoto_StandIn_IsARealImageTheBotCanFetch()
    {
        Bot.SendPhoto(Ali);
        var largest = Assert.Single(await Client.GetUpdates()).Message!.Photo![^1];

        var fetched = await FetchAsync(largest.FileId);

        Assert.Equal((800, 600), (largest.Width, largest.Height));
        Assert.Equal((800, 600), Pixels(fetched));
        Assert.Equal(fetched, Bot.UserFile(largest.FileId)!.Content);
    }

    [Fact]
    public void SendPhoto_BytesThatAreNoImage_IsRefusedAndQueuesNothing()
    {
        Assert.Throws<ArgumentException>(() => Bot.SendPhoto(Ali, Pdf));

        Assert.Equal(0, Bot.PendingUpdateCount);
        Assert.Empty(Bot.Messages(Ali));
    }

    [Fact]
    public async Task SendDocument_Pdf_ArrivesWithItsNameTypeAndSizeAndDownloadsAsAPdf()
    {
        Bot.SendDocument(Ali, Pdf, "نامه کمیته.pdf", "application/pdf", "نامهٔ کمیته امداد");
        var message = Assert.Single(await Client.GetUpdates()).Message!;
        var document = message.Document!;
        var file = await Client.GetFile(document.FileId);

        using var download = await Http.GetAsync($"file/bot{Server.Emulator.DefaultToken}/{file.FilePath}");

        Assert.Equal(MessageType.Document, message.Type);
        Assert.Equal("نامهٔ کمیته امداد", message.Caption);
        Assert.Equal(("نامه کمیته.pdf", "application/pdf", (long)Pdf.Length), (document.FileName, document.MimeType, document.FileSize!.Value));
        Assert.Matches(@"^documents/file_\d+\.pdf$", file.FilePath);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(Pdf, await FetchAsync(document.FileId));
    }

    [Fact]
    public async Task SendDocument_ImageWithoutAType_TakesTheTypeFromItsName()
    {
        var scan = Png(200, 100);

        Bot.SendDocument(Ali, scan, "scan.png");
        var document = Assert.Single(await Client.GetUpdates()).Message!.Document!;

        Assert.Equal("image/png", document.MimeType);
        Assert.Equal(scan, await FetchAsync(document.FileId));
    }

    [Fact]
    public async Task SendDocument_StandIn_IsAOnePagePdfNamedMadrak()
    {
        Bot.SendDocument(Ali);
        var document = Assert.Single(await Client.GetUpdates()).Message!.Document!;

        var fetched = await FetchAsync(document.FileId);

        Assert.Equal(("مدرک.pdf", "application/pdf"), (document.FileName, document.MimeType));
        Assert.StartsWith("%PDF-1.4", System.Text.Encoding.ASCII.GetString(fetched));
        Assert.EndsWith("%%EOF\n", System.Text.Encoding.ASCII.GetString(fetched));
    }

    [Fact]
    public async Task GetUpdatesAndGetFile_PhotoAndDocument_CarryExactlyThePlatformsFields()
    {
        Bot.SendPhoto(Ali, Png(640, 480));
        Bot.SendDocument(Ali, Pdf, "letter.pdf");

        var updates = JsonNode.Parse(await Http.GetStringAsync($"./bot{Server.Emulator.DefaultToken}/getUpdates"))!["result"]!.AsArray();
        var photo = updates[0]!["message"]!["photo"]!.AsArray();
        var document = updates[1]!["message"]!["document"]!.AsObject();
        var file = JsonNode.Parse(await Http.GetStringAsync(
            $"./bot{Server.Emulator.DefaultToken}/getFile?file_id={Uri.EscapeDataString(document["file_id"]!.GetValue<string>())}"))!["result"]!.AsObject();

        Assert.All(photo, size => Assert.Equal(["file_id", "file_unique_id", "width", "height", "file_size"], Keys(size!.AsObject())));
        Assert.Equal(["file_id", "file_unique_id", "file_name", "mime_type", "file_size"], Keys(document));
        Assert.Equal(["file_id", "file_unique_id", "file_size", "file_path"], Keys(file));
    }

    [Fact]
    public async Task GetFile_UnknownFileId_Answers400InvalidFileId()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client.GetFile("sandbox-no-such-file"));

        Assert.Equal((400, "Bad Request: invalid file_id"), (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task GetFile_AnotherBotsFileId_IsInvalidAndTheFirstBotsPathIsNotFoundForIt()
    {
        const string OtherToken = "2000002:other-token";
        Bot.SendPhoto(Ali, Png(640, 480));
        var fileId = Assert.Single(await Client.GetUpdates()).Message!.Photo![^1].FileId;
        var path = (await Client.GetFile(fileId)).FilePath;
        var other = NewClient(OtherToken);
        Server.Emulator.Bot(OtherToken);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => other.GetFile(fileId));
        using var download = await Http.GetAsync($"file/bot{OtherToken}/{path}");

        Assert.Equal((400, "Bad Request: invalid file_id"), (error.ErrorCode, error.Message));
        Assert.Equal(404, (int)download.StatusCode);
    }

    [Fact]
    public async Task GetFile_DocumentOverTwentyMegabytes_Answers400FileIsTooBig()
    {
        Bot.SendDocument(Ali, new byte[20 * 1024 * 1024 + 1], "video.bin");
        var document = Assert.Single(await Client.GetUpdates()).Message!.Document!;

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client.GetFile(document.FileId));

        Assert.Equal((400, "Bad Request: file is too big"), (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task DownloadFile_PathBeforeGetFileOrAnHourAfter_Is404UntilGetFileIsCalledAgain()
    {
        Bot.SendPhoto(Ali, Png(640, 480));
        var fileId = Assert.Single(await Client.GetUpdates()).Message!.Photo![^1].FileId;
        var path = Bot.UserFile(fileId)!.FilePath;
        var url = $"file/bot{Server.Emulator.DefaultToken}/{path}";

        using var beforeGetFile = await Http.GetAsync(url);
        await Client.GetFile(fileId);
        _time.Advance(TimeSpan.FromMinutes(59));
        using var withinTheHour = await Http.GetAsync(url);
        _time.Advance(TimeSpan.FromMinutes(1));
        using var afterTheHour = await Http.GetAsync(url);
        await Client.GetFile(fileId);
        using var afterGetFileAgain = await Http.GetAsync(url);

        Assert.Equal([404, 200, 404, 200], new[] { beforeGetFile, withinTheHour, afterTheHour, afterGetFileAgain }.Select(r => (int)r.StatusCode));
        Assert.Equal("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}", await afterTheHour.Content.ReadAsStringAsync());
    }

    private static IEnumerable<string> Keys(JsonObject json) => json.Select(p => p.Key);
}
