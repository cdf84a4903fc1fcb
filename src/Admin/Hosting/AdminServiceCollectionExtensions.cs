using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RahZendegi.Bot.Monitoring;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Hosting;

public static class AdminServiceCollectionExtensions
{
    /// <summary>The panel: Identity with strict sign-in rules and Razor Pages that require a signed-in staff member.</summary>
    public static IServiceCollection AddAdminPanel(this IServiceCollection services)
    {
        services.AddOptions<PanelOptions>().BindConfiguration(PanelOptions.Section)
            .Validate(o => o.KnownProxies.All(PanelOptions.IsAddress), "Panel:KnownProxies must list IP addresses, such as 127.0.0.1 for a proxy on this machine.")
            .ValidateOnStart();
        services.AddSingleton<IConfigureOptions<ForwardedHeadersOptions>, BehindAProxy>();

        services.AddIdentity<StaffUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;

                // "Confirmed" means "not disabled" here (EnabledStaff): a disabled account cannot sign in.
                options.SignIn.RequireConfirmedAccount = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddUserConfirmation<EnabledStaff>()
            .AddClaimsPrincipalFactory<StaffClaims>();

        // Every request checks its cookie's security stamp and rebuilds its roles from the database: a disabled
        // account or a reset password ends open sessions at once, and a role change applies from the next page.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddScoped<StaffAccounts>();

        services.AddAuthorization(Policies.Add);
        services.AddHttpContextAccessor();
        services.AddScoped<StaffScope>();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "rz.admin";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
        });

        // Secure whenever the request came over https, directly or through a known proxy (BehindAProxy).
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        services.AddDataProtection().SetApplicationName("RahZendegi.Admin");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, PanelKeyRing>();

        // Persian text as text: the default encoder would turn every letter and digit into an entity.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddRazorPages(options =>
        {
            // Signed in for everything; each feature folder then names who may use it.
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AuthorizeFolder("/Counseling", Policies.Staff);
            options.Conventions.AuthorizeFolder("/Libraries", Policies.Staff);
            options.Conventions.AuthorizeFolder("/Membership", Policies.Staff);
            options.Conventions.AuthorizeFolder("/Workshops", Policies.Staff);
            options.Conventions.AuthorizeFolder("/Announcements", Policies.Staff);
            options.Conventions.AuthorizeFolder("/Reports", Policies.Staff);
            options.Conventions.AuthorizeFolder("/Payments", Policies.Staff);
            options.Conventions.AuthorizeFolder("/Pricing", Policies.ProvincialAdmin);
            options.Conventions.AuthorizeFolder("/Audit", Policies.ProvincialAdmin);
            options.Conventions.AuthorizeFolder("/Staff", Policies.ProvincialAdmin);
            options.Conventions.AuthorizeFolder("/System", Policies.ProvincialAdmin);
            options.Conventions.AuthorizeFolder("/Agenda", Policies.Counselor);
            options.Conventions.AllowAnonymousToPage("/Account/Login");
            options.Conventions.AllowAnonymousToPage("/Error");
        });
        return services;
    }

    public static WebApplication UseAdminPanel(this WebApplication app)
    {
        // First: everything after it sees the scheme and address the person used, not the proxy's.
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");

            // Sent only on https requests, and never to localhost: a browser that reached the panel over TLS keeps to it.
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UsePasswordChangeWhenRequired();
        app.UseAuthorization();
        app.MapMonitoring();
        app.MapRazorPages();
        return app;
    }
}
