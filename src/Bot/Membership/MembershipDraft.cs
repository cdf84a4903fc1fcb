using RahZendegi.Domain.Membership;

namespace RahZendegi.Bot.Membership;

/// <summary>The answers given so far, kept with the conversation state so a restart resumes them.</summary>
public sealed class MembershipDraft
{
    /// <summary>True while an existing member edits one detail; each step then saves and returns to the overview.</summary>
    public bool Editing { get; set; }

    public MemberCategory? Category { get; set; }
    public string? FullName { get; set; }
    public string? NationalId { get; set; }
    public string? Phone { get; set; }
    public string? Province { get; set; }
    public string? City { get; set; }
    public int? LibraryId { get; set; }
    public string? ProofFileId { get; set; }
    public string? DiscountCode { get; set; }
}
