using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace RahZendegi.Bot.Sandbox;

/// <summary>
/// The reverse proxy in front of several bot instances, for running them on one machine with the sandbox: the bots'
/// <c>Receive:PublicUrl</c> points here and each webhook request goes on to the next instance in turn. With
/// <c>duplicateEvery</c> above zero, every n-th request also goes to the following instance at the same moment, as when
/// the messenger delivers again after a timeout and the proxy picks another instance.
/// </summary>
public sealed class WebhookBalancer(IReadOnlyList<Uri> instances, int duplicateEvery = 0) : IAsyncDisposable
{
    private const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private WebApplication? app;
    private Uri? baseAddress;
    private readonly int[] answered = new int[instances.Count];
    private int requests;
    private int duplicates;

    /// <summary>Where the balancer listens, e.g. http://127.0.0.1:8090/: the bots' public URL.</summary>
    public Uri BaseAddress => baseAddress ?? throw new InvalidOperationException("The balancer is not started.");

    /// <summary>Requests sent a second time to another instance.</summary>
    public int Duplicates => Volatile.Read(ref duplicates);

    /// <summary>How many requests each instance answered, in the order the instances were given.</summary>
    public IReadOnlyList<int> Answered => [.. answered];

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (instances.Count == 0)
            throw new ArgumentException("The balancer needs at least one instance.", nameof(instances));
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebhookBalancer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var web = builder.Build();
        web.MapPost("/{**path}", (Delegate)ForwardAsync);
        await web.StartAsync(cancellationToken);
        app = web;
        var address = web.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        baseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    private async Task<IResult> ForwardAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var secret = context.Request.Headers[SecretHeader].ToString();
        var pathAndQuery = context.Request.Path + context.Request.QueryString;
        var turn = Interlocked.Increment(ref requests);
        var primary = SendWithFailoverAsync(turn, pathAndQuery, secret, body.ToArray(), context.RequestAborted);
        if (duplicateEvery > 0 && turn % duplicateEvery == 0)
        {
            Interlocked.Increment(ref duplicates);
            var copy = SendWithFailoverAsync(turn + 1, pathAndQuery, secret, body.ToArray(), context.RequestAborted);
            await Task.WhenAll(primary, copy);
        }

        return Results.StatusCode(await primary);
    }

    // An instance that cannot be reached is passed over for the next one, as a proxy does; when none answers, 502.
    private async Task<int> SendWithFailoverAsync(int turn, string pathAndQuery, string secret, byte[] body, CancellationToken cancellationToken)
    {
        for (var i = 0; i < instances.Count; i++)
        {
            var instance = (turn + i) % instances.Count;
            if (await SendAsync(instances[instance], pathAndQuery, secret, body, cancellationToken) is { } status)
            {
                Interlocked.Increment(ref answered[instance]);
                return status;
            }
        }

        return StatusCodes.Status502BadGateway;
    }

    private async Task<int?> SendAsync(Uri instance, string pathAndQuery, string secret, byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(instance, pathAndQuery)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (secret.Length > 0)
            request.Headers.Add(SecretHeader, secret);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }

        http.Dispose();
    }
}
