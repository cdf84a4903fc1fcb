using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace RahZendegi.Bot.Sandbox;

/// <summary>The web chat page and the small JSON API it plays users through.</summary>
internal static class SandboxPageEndpoints
{
    private static readonly TimeSpan MaxLongPoll = TimeSpan.FromSeconds(25);

    public static IEndpointRouteBuilder MapSandboxPage(this IEndpointRouteBuilder app, BotApiEmulator emulator)
    {
        app.MapGet("/", () => Asset("index.html", "text/html; charset=utf-8"));
        app.MapGet("/sandbox/app.js", () => Asset("app.js", "text/javascript; charset=utf-8"));
        app.MapGet("/sandbox/app.css", () => Asset("app.css", "text/css; charset=utf-8"));

        var api = app.MapGroup("/sandbox/api");
        api.MapGet("/state", () => Results.Json(new
        {
            defaultBot = emulator.DefaultToken,
            bots = emulator.Bots.Select(b => new { token = b.Token, username = b.Username, platform = b.Platform.ToString() }),
            users = emulator.Users,
        }));
        api.MapPost("/users", (NewUser? input) => Results.Json(emulator.AddUser(
            string.IsNullOrWhiteSpace(input?.FirstName) ? null : input.FirstName.Trim())));

        var chat = api.MapGroup("/chats/{userId:long}");
        chat.MapGet("/messages", async (long userId, string? bot, long? version, int? wait, IHostApplicationLifetime lifetime, CancellationToken ct) =>
        {
            var sandboxBot = Bot(emulator, bot);
            if (version is { } known)
            {
                var limit = TimeSpan.FromSeconds(Math.Clamp(wait ?? 0, 0, (int)MaxLongPoll.TotalSeconds));
                // A page left open must not hold the server's stop up for a whole long poll.
                using var ended = CancellationTokenSource.CreateLinkedTokenSource(ct, lifetime.ApplicationStopping);
                try
                {
                    await sandboxBot.WaitForChatChangeAsync(userId, known, limit, ended.Token);
                }
                catch (OperationCanceledException) when (ended.IsCancellationRequested)
                {
                    return Results.Empty;
                }
            }
            // Read the version first: a change racing with this read shows up in the next poll.
            var current = sandboxBot.ChatVersion(userId);
            return Results.Json(new { version = current, messages = sandboxBot.Messages(userId), payments = sandboxBot.Payments(userId) });
        });
        chat.MapPost("/text", (long userId, string? bot, TextInput input) =>
            string.IsNullOrWhiteSpace(input.Text)
                ? Results.BadRequest()
                : Results.Json(Bot(emulator, bot).SendText(userId, input.Text)));
        chat.MapPost("/button", (long userId, string? bot, ButtonInput input) =>
            Results.Json(Bot(emulator, bot).PressButton(userId, input.MessageId, input.Data)));
        // Answers once the bot has answered the pre-checkout query (or failed to in time), with the attempt's outcome.
        // Not cancelled with the request: an attempt whose page went away must still end, as failed if unanswered.
        chat.MapPost("/pay", async (long userId, string? bot, PayInput input) =>
        {
            try
            {
                return Results.Json(await Bot(emulator, bot).PayInvoiceAsync(userId, input.MessageId));
            }
            catch (InvalidOperationException)
            {
                return Results.NotFound();
            }
        });
        chat.MapPost("/contact", (long userId, string? bot) => Results.Json(Bot(emulator, bot).ShareContact(userId)));
        chat.MapPost("/sticker", (long userId, string? bot) => Results.Json(Bot(emulator, bot).SendSticker(userId)));
        // A photo or document the page picked comes as multipart form data (field "file", optional "caption"); a post
        // without a form sends the emulator's stand-in, as tests that only need "a photo" do.
        chat.MapPost("/photo", async (long userId, string? bot, HttpRequest request, CancellationToken ct) =>
        {
            var sandboxBot = Bot(emulator, bot);
            if (!request.HasFormContentType)
                return Results.Json(sandboxBot.SendPhoto(userId));
            if (await ReadUploadAsync(request, ct) is not { } upload)
                return Results.BadRequest();
            try
            {
                return Results.Json(sandboxBot.SendPhoto(userId, upload.Content, upload.Caption));
            }
            catch (ArgumentException)
            {
                return Results.Json(new { error = "not-an-image" }, statusCode: StatusCodes.Status400BadRequest);
            }
        });
        chat.MapPost("/document", async (long userId, string? bot, HttpRequest request, CancellationToken ct) =>
        {
            var sandboxBot = Bot(emulator, bot);
            if (!request.HasFormContentType)
                return Results.Json(sandboxBot.SendDocument(userId));
            return await ReadUploadAsync(request, ct) is { } upload
                ? Results.Json(sandboxBot.SendDocument(userId, upload.Content, upload.FileName, upload.MimeType, upload.Caption))
                : Results.BadRequest();
        });
        // The chat shows what a user sent from here: a photo inline, a document as a link that saves it under its name.
        api.MapGet("/files/{fileId}", (string fileId, string? bot) =>
            Bot(emulator, bot).UserFile(fileId) is { } file
                ? Results.File(file.Content, file.MimeType, file.FileName)
                : Results.NotFound());
        return app;
    }

    private static async Task<Upload?> ReadUploadAsync(HttpRequest request, CancellationToken ct)
    {
        var form = await request.ReadFormAsync(ct);
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
            return null;
        using var content = new MemoryStream();
        await file.CopyToAsync(content, ct);
        var caption = form["caption"].ToString();
        return new Upload(content.ToArray(), string.IsNullOrWhiteSpace(file.FileName) ? "file" : file.FileName,
            string.IsNullOrWhiteSpace(file.ContentType) ? null : file.ContentType,
            string.IsNullOrWhiteSpace(caption) ? null : caption);
    }

    private static SandboxBot Bot(BotApiEmulator emulator, string? token) =>
        emulator.Bot(string.IsNullOrEmpty(token) ? emulator.DefaultToken : token);

    private static IResult Asset(string name, string contentType)
    {
        var stream = typeof(SandboxPageEndpoints).Assembly.GetManifestResourceStream("RahZendegi.Bot.Sandbox.wwwroot." + name);
        return stream is null ? Results.NotFound() : Results.Stream(stream, contentType);
    }

    // Internal, not private: the endpoints' generated code (EnableRequestDelegateGenerator) reads them.
    internal sealed record NewUser(string? FirstName);

    internal sealed record TextInput(string Text);

    internal sealed record ButtonInput(int MessageId, string Data);

    internal sealed record PayInput(int MessageId);

    private sealed record Upload(byte[] Content, string FileName, string? MimeType, string? Caption);
}
