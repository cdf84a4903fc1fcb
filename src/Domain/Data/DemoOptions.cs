namespace RahZendegi.Domain.Data;

/// <summary>The section <c>Demo</c>.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Create demo libraries, counsellors, workshops and discount rules in an empty database.</summary>
    public bool Seed { get; set; }
}
