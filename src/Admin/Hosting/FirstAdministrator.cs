using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Hosting;

/// <summary>On a database without staff, creates the first provincial administrator and prints its password once.</summary>
public static class FirstAdministrator
{
    public const string UserName = "admin";

    public static async Task EnsureAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StaffRoles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        if (users.Users.Any())
        {
            return;
        }

        var password = NewPassword();
        var admin = new StaffUser { UserName = UserName, DisplayName = "مدیر استانی", MustChangePassword = true };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("The first administrator could not be created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, StaffRoles.ProvincialAdmin);
        scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FirstAdministrator)).LogWarning(
            "First run: the administrator \"{User}\" was created with the password \"{Password}\". It is shown only this once.",
            UserName, password);
    }

    private static string NewPassword()
    {
        // Readable characters only (no 0/O, 1/l/I); the fixed tail meets the digit and case rules.
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 12) + "Rz7";
    }
}
