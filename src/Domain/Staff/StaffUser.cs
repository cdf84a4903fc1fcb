using Microsoft.AspNetCore.Identity;

namespace RahZendegi.Domain.Staff;

/// <summary>A person who signs in to the admin panel.</summary>
public class StaffUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public bool MustChangePassword { get; set; }

    /// <summary>For a counsellor's account: whose agenda they see.</summary>
    public int? CounselorId { get; set; }

    /// <summary>When a provincial admin disabled the account; null while it may sign in.</summary>
    public DateTime? DisabledAt { get; set; }

    public bool IsDisabled => DisabledAt is not null;
}
