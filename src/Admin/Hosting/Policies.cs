using Microsoft.AspNetCore.Authorization;

namespace RahZendegi.Admin.Hosting;

/// <summary>Who may open which part of the panel; pages state their policy through the folder conventions.</summary>
public static class Policies
{
    /// <summary>Provincial admins and library operators: running libraries day to day.</summary>
    public const string Staff = "Staff";

    /// <summary>Everything, all libraries: discount rules, broadcasts to the province, reports, the audit log.</summary>
    public const string ProvincialAdmin = "ProvincialAdmin";

    /// <summary>A counsellor's own agenda, read only.</summary>
    public const string Counselor = "Counselor";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireRole(StaffRoles.ProvincialAdmin, StaffRoles.LibraryOperator));
        options.AddPolicy(ProvincialAdmin, p => p.RequireRole(StaffRoles.ProvincialAdmin));
        options.AddPolicy(Counselor, p => p.RequireRole(StaffRoles.Counselor, StaffRoles.ProvincialAdmin, StaffRoles.LibraryOperator));
    }
}
