using RahZendegi.Bot.Sandbox;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace RahZendegi.Tests.Bot.Sandbox;

/// <summary>The fetch faults a bot must survive and retry after: getFile failing, the download failing or cut off.</summary>
public sealed class SandboxFileFaultsTests : SandboxFilesTestBase
{
    [Theory]
    [InlineData(SandboxFileFailure.GetFileServerError, 500, "Internal Server Error")]
    [InlineData(SandboxFileFailure.GetFileUnavailable, 400, "Bad Request: wrong file_id or the file is temporarily unavailable")]
    public async Task GetFile_WhileFailing_AnswersTheErrorUntilTheFailureIsLifted(SandboxFileFailure failure, int errorCode, string description)
    {
        var fileId = await SendPhotoAsync();
        Bot.SetFileFailure(failure);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client.GetFile(fileId));
        var again = await Assert.ThrowsAsync<ApiRequestException>(() => Client.GetFile(fileId));
        Bot.SetFileFailure(SandboxFileFailure.None);
        var file = await Client.GetFile(fileId);

        Assert.Equal((errorCode, description), (error.ErrorCode, error.Message));
        Assert.Equal(errorCode, again.ErrorCode);
        Assert.Equal(fileId, file.FileId);
    }

    [Fact]
    public async Task DownloadFile_ServerErrorFailure_FailsWithoutAFileUntilTheFailureIsLifted()
    {
        var image = Png(640, 480);
        var fileId = await SendPhotoAsync(image);
        var file = await Client.GetFile(fileId);
        Bot.SetFileFailure(SandboxFileFailure.DownloadServerError);

        using var failed = new MemoryStream();
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client.DownloadFile(file, failed));
        Bot.SetFileFailure(SandboxFileFailure.None);
        using var retried = new MemoryStream();
        await Client.DownloadFile(file, retried);

        Assert.Equal((500, "Internal Server Error"), (error.ErrorCode, error.Message));
        Assert.Equal(0, failed.Length);
        Assert.Equal(image, retried.ToArray());
        Assert.Equal(1, Bot.FileDownloads(fileId));
    }

    [Fact]
    public async Task DownloadFile_CutOff_ThrowsRatherThanGivingAShortFileAndTheRetryGetsItAll()
    {
        var image = Png(640, 480);
        var fileId = await SendPhotoAsync(image);
        var file = await Client.GetFile(fileId);
        Bot.SetFileFailure(SandboxFileFailure.DownloadCutOff);

        using var cut = new MemoryStream();
        var error = await Assert.ThrowsAsync<RequestException>(() => Client.DownloadFile(file, cut));
        Bot.SetFileFailure(SandboxFileFailure.None);
        using var retried = new MemoryStream();
        await Client.DownloadFile(file, retried);

        Assert.Equal("Exception during file download", error.Message);
        Assert.True(cut.Length < image.Length);
        Assert.Equal(image, retried.ToArray());
        Assert.Equal(1, Bot.FileDownloads(fileId));
    }

    [Fact]
    public async Task GetFile_FailNextOnce_FailsOnlyTheNextCall()
    {
        var fileId = await SendPhotoAsync();
        Bot.FailNext("getFile", 500, "Internal Server Error");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client.GetFile(fileId));
        var file = await Client.GetFile(fileId);

        Assert.Equal(500, error.ErrorCode);
        Assert.Equal(fileId, file.FileId);
        Assert.Equal(2, Bot.MethodCalls("getFile"));
    }

    private async Task<string> SendPhotoAsync(byte[]? image = null)
    {
        if (image is null)
            Bot.SendPhoto(Ali);
        else
            Bot.SendPhoto(Ali, image);
        return Assert.Single(await Client.GetUpdates()).Message!.Photo![^1].FileId;
    }
}
