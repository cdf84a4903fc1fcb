namespace RahZendegi.Admin.Hosting;

/// <summary>Browser protections for a panel that holds personal data: no framing, no sniffing, only our own assets.</summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Frame-Options"] = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
        await next();
    });

    /// <summary>The first administrator signs in with a printed password: they must choose their own before anything else.</summary>
    public static IApplicationBuilder UsePasswordChangeWhenRequired(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (context.User.Identity?.IsAuthenticated == true
            && context.User.HasClaim(StaffClaims.MustChangePassword, "true")
            && !path.StartsWithSegments("/Account")
            && !path.StartsWithSegments("/lib") && !path.StartsWithSegments("/css"))
        {
            context.Response.Redirect("/Account/ChangePassword");
            return;
        }

        await next();
    });
}
