using System.Net;
using System.Text.RegularExpressions;
using RahZendegi.Admin.Hosting;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin.Operations;

/// <summary>
/// The panel behind a TLS proxy: the proxy speaks plain http to it and says the person came over https. The panel
/// believes that only from the proxies it is given.
/// </summary>
public sealed partial class BehindAProxyTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.0.0.2");
    private static readonly IPAddress Stranger = IPAddress.Parse("10.0.0.9");
    private const string PanelHost = "panel.example.org";

    [Fact]
    public async Task SignIn_ForwardedAsHttpsFromAConfiguredProxy_GetsSecureCookiesHttpsLinksAndHsts()
    {
        using var session = await StartBehindProxyAsync();
        using var http = session.NewClientFrom(Proxy);

        var (antiforgery, auth) = await SignInAsync(http);

        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("rz.admin=", auth, StringComparison.Ordinal);
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        var home = await http.SendAsync(Forwarded(HttpMethod.Get, "/"));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith($"https://{PanelHost}/Account/Login", home.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.True(home.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task SignIn_ForwardedAsHttpsFromAnUnconfiguredAddress_IsTakenAsPlainHttp()
    {
        using var session = await StartBehindProxyAsync();
        using var http = session.NewClientFrom(Stranger);

        var (antiforgery, auth) = await SignInAsync(http);

        Assert.DoesNotContain("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("rz.admin=", auth, StringComparison.Ordinal);
        Assert.DoesNotContain("secure", auth, StringComparison.OrdinalIgnoreCase);
        var home = await http.SendAsync(Forwarded(HttpMethod.Get, "/"));
        Assert.StartsWith($"http://{PanelHost}/Account/Login", home.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.False(home.Headers.Contains("Strict-Transport-Security"));
    }

    private static async Task<PanelSession> StartBehindProxyAsync()
    {
        var session = await PanelSession.StartAsync(demoData: false, settings: new Dictionary<string, string?> { ["Panel:KnownProxies:0"] = Proxy.ToString() });
        await session.AddStaffAsync("modir", StaffRoles.ProvincialAdmin);
        return session;
    }

    /// <summary>Signs in as a browser behind the proxy would; returns the antiforgery and the sign-in cookies as set.</summary>
    private static async Task<(string Antiforgery, string Auth)> SignInAsync(HttpClient http)
    {
        var page = await http.SendAsync(Forwarded(HttpMethod.Get, "/Account/Login"));
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        var token = TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;

        var post = Forwarded(HttpMethod.Post, "/Account/Login");
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "modir", ["Input.Password"] = PanelSession.Password, ["__RequestVerificationToken"] = token,
        });
        var signIn = await http.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return (antiforgery, signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("rz.admin=", StringComparison.Ordinal)));
    }

    /// <summary>A request as the proxy passes it on: plain http, with the person's scheme, address and host in headers.</summary>
    private static HttpRequestMessage Forwarded(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = PanelHost;
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "192.0.2.7");
        return request;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
