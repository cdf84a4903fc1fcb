using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace RahZendegi.Bot.Hosting;

/// <summary>
/// The listener the messengers call, at <c>Webhook:Listen</c>: <c>POST /webhook/{bot}</c> (Telegram, secret in a
/// header) and <c>POST /webhook/{bot}/{secret}</c> (Bale). Its own small Kestrel server, so the bot worker and the
/// admin panel serve it alike and the panel's middleware never sees a messenger's request.
/// </summary>
public sealed class WebhookServer(string listen, IReadOnlyList<WebhookReceiver> receivers) : IAsyncDisposable
{
    private readonly Dictionary<string, WebhookReceiver> byName = receivers.ToDictionary(r => r.BotName, StringComparer.Ordinal);
    private WebApplication? app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // An empty builder: no request logging, so Bale's secret, a path segment, is never written down.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebhookServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore().UseUrls(listen);
        builder.Services.AddRoutingCore();
        var web = builder.Build();
        web.MapPost("/webhook/{bot}", (HttpContext http, string bot) => ReceiveAsync(http, bot, pathSecret: null));
        web.MapPost("/webhook/{bot}/{secret}", (HttpContext http, string bot, string secret) => ReceiveAsync(http, bot, secret));
        await web.StartAsync(cancellationToken);
        app = web;
    }

    // A refused request is answered before its body is read, and writes nothing. A wrong path (unknown bot, or a
    // secret where none belongs) is 404 like any other missing page; a wrong secret is 401.
    private async Task<IResult> ReceiveAsync(HttpContext http, string bot, string? pathSecret)
    {
        if (!byName.TryGetValue(bot, out var receiver))
        {
            return Results.NotFound();
        }

        if (!receiver.Authenticates(http.Request, pathSecret))
        {
            return pathSecret is null && !receiver.SecretInPath ? Results.Unauthorized() : Results.NotFound();
        }

        return await receiver.ReceiveAsync(http.Request, http.RequestAborted);
    }

    /// <summary>Waits for requests in flight to finish storing, so their updates reach the lanes before those drain.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            await app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
            app = null;
        }
    }
}
