namespace RahZendegi.Admin.Hosting;

/// <summary>The panel's roles (DESIGN §2).</summary>
public static class StaffRoles
{
    public const string ProvincialAdmin = "ProvincialAdmin";
    public const string LibraryOperator = "LibraryOperator";
    public const string Counselor = "Counselor";

    public static IReadOnlyList<string> All { get; } = [ProvincialAdmin, LibraryOperator, Counselor];
}
