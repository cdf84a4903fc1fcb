namespace RahZendegi.Admin.Hosting;

/// <summary>The panel's roles (DESIGN §2).</summary>
public static class StaffRoles
{
    public const string ProvincialAdmin = "ProvincialAdmin";
    public const string LibraryOperator = "LibraryOperator";
    public const string Counselor = "Counselor";

    public static IReadOnlyList<string> All { get; } = [ProvincialAdmin, LibraryOperator, Counselor];
}

/// <summary>The roles' Persian names, as the panel shows them.</summary>
public static class StaffRoleNames
{
    public static string Of(string role) => role switch
    {
        StaffRoles.ProvincialAdmin => "مدیر استانی",
        StaffRoles.LibraryOperator => "متصدی کتابخانه",
        StaffRoles.Counselor => "مشاور",
        _ => role,
    };
}
