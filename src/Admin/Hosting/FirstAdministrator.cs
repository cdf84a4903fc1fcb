using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using RahZendegi.Bot.Hosting;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Hosting;

/// <summary>On a database without staff, creates the first provincial administrator and prints its password once.</summary>
public static class FirstAdministrator
{
    public const string UserName = "admin";

    /// <summary>Creates the administrator on a database without staff; returns its one-time password, or null.</summary>
    public static async Task<string?> EnsureAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();

        // Panels starting together on one new PostgreSQL database would each find no staff and each create the roles
        // and an administrator: one at a time, the next finds what the first made (ADR 7's locks; on SQLite, at once).
        await using var turn = await scope.ServiceProvider.GetRequiredService<InstanceLocks>().TakeRoleAsync("first-administrator", CancellationToken.None);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StaffRoles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        if (users.Users.Any())
        {
            return null;
        }

        var password = NewPassword();
        var admin = new StaffUser { UserName = UserName, DisplayName = "مدیر استانی", MustChangePassword = true };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("The first administrator could not be created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, StaffRoles.ProvincialAdmin);
        return password;
    }

    /// <summary>
    /// Once the panel listens: the one line a newcomer needs, with where to open the panel, how to sign in and, without
    /// a bot token, where to chat with the bot. Shown only on the run that created the administrator.
    /// </summary>
    public static void Announce(WebApplication app, string password)
    {
        var panel = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "(no address)";
        var sandbox = app.Services.GetService<BotRegistry>()?.SandboxAddress;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FirstAdministrator));
        if (sandbox is null)
        {
            logger.LogInformation(
                "First run: open the panel at {Panel} and sign in as \"{User}\" with the one-time password \"{Password}\" (shown only this once).",
                panel, UserName, password);
        }
        else
        {
            logger.LogInformation(
                "First run: open the panel at {Panel} and sign in as \"{User}\" with the one-time password \"{Password}\" (shown only this once); chat with the bot in the sandbox messenger at {Sandbox}",
                panel, UserName, password, sandbox);
        }
    }

    private static string NewPassword()
    {
        // Readable characters only (no 0/O, 1/l/I); the fixed tail meets the digit and case rules.
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 12) + "Rz7";
    }
}
