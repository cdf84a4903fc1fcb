using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace RahZendegi.Bot.Sandbox;

/// <summary>The Bot API over HTTP: /bot{token}/{method}, GET or POST, as the Telegram.Bot client calls it.</summary>
internal static class BotApiEndpoints
{
    public static IEndpointRouteBuilder MapBotApi(this IEndpointRouteBuilder app, BotApiEmulator emulator)
    {
        app.MapMethods("/bot{token}/{method}", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http, string token, string method) =>
        {
            var aborted = http.RequestAborted;
            int status;
            string json;
            try
            {
                var args = await BotApiArguments.ReadAsync(http.Request, aborted);
                (status, json) = await emulator.InvokeAsync(token, method, args, aborted);
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
            http.Response.StatusCode = status;
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(json, aborted);
        });
        return app;
    }
}
