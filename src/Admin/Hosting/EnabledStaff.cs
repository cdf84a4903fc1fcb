using Microsoft.AspNetCore.Identity;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Hosting;

/// <summary>Identity's sign-in check: an account a provincial admin disabled is refused (sign-in "not allowed").</summary>
public sealed class EnabledStaff : IUserConfirmation<StaffUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(!user.IsDisabled);
}
