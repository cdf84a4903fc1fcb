using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Hosting;

/// <summary>Puts the staff member's display name and the must-change-password mark into their sign-in cookie.</summary>
public sealed class StaffClaims(UserManager<StaffUser> users, RoleManager<Microsoft.AspNetCore.Identity.IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, Microsoft.AspNetCore.Identity.IdentityRole>(users, roles, options)
{
    public const string MustChangePassword = "rz:must-change-password";
    public const string DisplayName = "rz:display-name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(MustChangePassword, user.MustChangePassword ? "true" : "false"));
        identity.AddClaim(new Claim(DisplayName, user.DisplayName ?? user.UserName ?? ""));
        return identity;
    }
}
