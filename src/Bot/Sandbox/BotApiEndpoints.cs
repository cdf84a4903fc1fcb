using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RahZendegi.Bot.Sandbox;

/// <summary>
/// The Bot API over HTTP: /bot{token}/{method}, GET or POST, as the Telegram.Bot client calls it, and the file download
/// /file/bot{token}/{file_path} on the same root, as both Telegram and Bale serve it.
/// </summary>
internal static class BotApiEndpoints
{
    public static IEndpointRouteBuilder MapBotApi(this IEndpointRouteBuilder app, BotApiEmulator emulator)
    {
        app.MapMethods("/bot{token}/{method}", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http, string token, string method) =>
        {
            var aborted = http.RequestAborted;
            var stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping);
            int status;
            string json;
            try
            {
                var args = await BotApiArguments.ReadAsync(http.Request, cancel.Token);
                (status, json) = await emulator.InvokeAsync(token, method, args, cancel.Token);
            }
            catch (SandboxConnectionDropped)
            {
                // As a connection lost mid-call: the client gets no answer at all.
                http.Abort();
                return;
            }
            catch (BotApiException e)
            {
                (status, json) = (e.ErrorCode, BotApiJson.Error(e.ErrorCode, e.Description, e.RetryAfter));
            }
            catch (OperationCanceledException) when (aborted.IsCancellationRequested)
            {
                // The client went away mid long poll; nobody is left to answer.
                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // Shutting down: end a long poll with no updates instead of holding the shutdown up.
                (status, json) = (200, BotApiJson.OkRaw("[]"));
            }
            http.Response.StatusCode = status;
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(json, CancellationToken.None);
        });
        app.MapGet("/file/bot{token}/{**filePath}", (HttpContext http, string token, string filePath) =>
            ServeFileAsync(http, emulator.Download(token, filePath)));
        return app;
    }

    private static async Task ServeFileAsync(HttpContext http, FileDownload download)
    {
        var ct = http.RequestAborted;
        if (download.File is not { } file)
        {
            http.Response.StatusCode = download.ErrorCode;
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(BotApiJson.Error(download.ErrorCode, download.Description, null), ct);
            return;
        }

        http.Response.ContentType = file.MimeType;
        http.Response.ContentLength = file.Size;
        if (!download.CutOff)
        {
            await http.Response.Body.WriteAsync(file.Content, ct);
            return;
        }
        // As a connection lost mid-download: the length promised, half the bytes sent, then nothing.
        await http.Response.Body.WriteAsync(file.Content.AsMemory(0, file.Content.Length / 2), ct);
        await http.Response.Body.FlushAsync(ct);
        http.Abort();
    }
}
