using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Telegram.Bot;

namespace RahZendegi.Tests.Bot.Sandbox;

/// <summary>Photos and documents picked in the web chat, through the same endpoints the page posts to.</summary>
public sealed class SandboxFilePageTests : SandboxFilesTestBase
{
    [Fact]
    public async Task PostPhoto_PickedImage_ReachesTheBotWhichFetchesTheSameBytes()
    {
        var image = Png(640, 480);

        using var posted = await Http.PostAsync($"/sandbox/api/chats/{Ali}/photo", Upload(image, "proof.png", "image/png", "کارت من"));
        var message = Assert.Single(await Client.GetUpdates()).Message!;

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("کارت من", message.Caption);
        Assert.Equal((640, 480), (message.Photo![^1].Width, message.Photo[^1].Height));
        Assert.Equal(image, await FetchAsync(message.Photo[^1].FileId));
    }

    [Fact]
    public async Task PostPhoto_PickedFileThatIsNoImage_Is400AndTheBotGetsNothing()
    {
        using var posted = await Http.PostAsync($"/sandbox/api/chats/{Ali}/photo", Upload(Pdf, "letter.pdf", "application/pdf"));
        var body = await posted.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal("not-an-image", body.GetProperty("error").GetString());
        Assert.Empty(await Client.GetUpdates());
    }

    [Fact]
    public async Task PostDocument_PickedPdf_ReachesTheBotWithItsNameAndTheChatShowsIt()
    {
        using var posted = await Http.PostAsync($"/sandbox/api/chats/{Ali}/document", Upload(Pdf, "نامه کمیته.pdf", "application/pdf"));
        var document = Assert.Single(await Client.GetUpdates()).Message!.Document!;
        var chat = await Http.GetFromJsonAsync<JsonElement>($"/sandbox/api/chats/{Ali}/messages");
        var shown = Assert.Single(chat.GetProperty("messages").EnumerateArray()).GetProperty("file");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(("نامه کمیته.pdf", "application/pdf"), (document.FileName, document.MimeType));
        Assert.Equal(Pdf, await FetchAsync(document.FileId));
        Assert.Equal(document.FileId, shown.GetProperty("fileId").GetString());
        Assert.Equal(Pdf.Length, shown.GetProperty("size").GetInt64());
        Assert.False(shown.TryGetProperty("content", out _));
    }

    [Fact]
    public async Task GetFile_ThePagesPreviewOfAPhoto_ServesTheUsersBytesAsAnImage()
    {
        var image = Png(640, 480);
        await Http.PostAsync($"/sandbox/api/chats/{Ali}/photo", Upload(image, "proof.png", "image/png"));
        var chat = await Http.GetFromJsonAsync<JsonElement>($"/sandbox/api/chats/{Ali}/messages");
        var fileId = Assert.Single(chat.GetProperty("messages").EnumerateArray()).GetProperty("file").GetProperty("fileId").GetString();

        using var preview = await Http.GetAsync($"/sandbox/api/files/{Uri.EscapeDataString(fileId!)}");
        using var unknown = await Http.GetAsync("/sandbox/api/files/sandbox-no-such-file");

        Assert.Equal("image/png", preview.Content.Headers.ContentType?.MediaType);
        Assert.Equal(image, await preview.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("photo")]
    [InlineData("document")]
    public async Task Post_WithoutAPickedFile_SendsTheStandInTheBotCanFetch(string kind)
    {
        using var posted = await Http.PostAsync($"/sandbox/api/chats/{Ali}/{kind}", null);
        var message = Assert.Single(await Client.GetUpdates()).Message!;
        var fileId = kind == "photo" ? message.Photo![^1].FileId : message.Document!.FileId;

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.NotEmpty(await FetchAsync(fileId));
    }

    private static MultipartFormDataContent Upload(byte[] content, string fileName, string mimeType, string? caption = null)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(mimeType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        if (caption is not null)
            form.Add(new StringContent(caption), "caption");
        return form;
    }
}
