namespace RahZendegi.Domain.Data;

/// <summary>The section <c>Demo</c>.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Create demo libraries, counsellors, workshops and discount rules in an empty database.</summary>
    public bool Seed { get; set; }

    /// <summary>The messenger user who is the demo counsellor on every bot that runs, so a trainer can open the counsellor's side.</summary>
    public long CounselorUserId { get; set; } = 9001;
}
