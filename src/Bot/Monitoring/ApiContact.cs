namespace RahZendegi.Bot.Monitoring;

/// <summary>
/// The last answer a bot had from its messenger's API, kept by the bot's own HTTP client: every call passes here, so
/// health needs no call of its own. A 2xx is a success; anything else, or no answer, is the last error.
/// </summary>
public sealed class ApiContact(TimeProvider time) : DelegatingHandler
{
    private long lastSuccessTicks;

    /// <summary>When the messenger last answered with success; null before the first.</summary>
    public DateTimeOffset? LastSuccess
    {
        get
        {
            var ticks = Interlocked.Read(ref lastSuccessTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>The last failed call: when, and its status or exception type (never the address, which carries the token).</summary>
    public (DateTimeOffset At, string What)? LastError { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                Interlocked.Exchange(ref lastSuccessTicks, time.GetUtcNow().UtcTicks);
            }
            else
            {
                LastError = (time.GetUtcNow(), $"HTTP {(int)response.StatusCode}");
            }

            return response;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LastError = (time.GetUtcNow(), e.GetType().Name);
            throw;
        }
    }
}
