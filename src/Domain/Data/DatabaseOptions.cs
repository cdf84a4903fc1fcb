using System.ComponentModel.DataAnnotations;

namespace RahZendegi.Domain.Data;

/// <summary>The section <c>ConnectionStrings</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "ConnectionStrings";

    [Required(ErrorMessage = "ConnectionStrings:Default is missing: set it to a SQLite connection string such as \"Data Source=rahzendegi.db\".")]
    public string Default { get; set; } = "";
}

/// <summary>The section <c>Demo</c>.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Create demo libraries, counsellors, workshops and discount rules in an empty database.</summary>
    public bool Seed { get; set; }
}
