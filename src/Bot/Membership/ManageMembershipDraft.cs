namespace RahZendegi.Bot.Membership;

/// <summary>A member's way to a new library so far: the province and city chosen before the library itself.</summary>
public sealed class ManageMembershipDraft
{
    public string? Province { get; set; }
    public string? City { get; set; }
}
