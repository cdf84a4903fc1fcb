using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace RahZendegi.Admin.Hosting;

/// <summary>
/// Behind a TLS proxy the panel sees plain http from the proxy's address. Only the configured proxies' forwarded
/// headers are believed: from them a request is taken as https from the person's own address, so the cookies are
/// <c>Secure</c>, redirects stay on https and HSTS is sent; anyone else could forge the headers.
/// </summary>
public sealed class BehindAProxy(IOptions<PanelOptions> panel) : IConfigureOptions<ForwardedHeadersOptions>
{
    public void Configure(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

        // The framework believes loopback by default: here only what the configuration names.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in panel.Value.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }
    }
}
