using RahZendegi.Domain.Membership;

namespace RahZendegi.Bot.Membership;

/// <summary>The answers given so far while joining, kept with the conversation state so a restart resumes them.</summary>
public sealed class MembershipDraft
{
    public MemberCategory? Category { get; set; }
    public string? FullName { get; set; }
    public string? NationalId { get; set; }
    public string? Phone { get; set; }
    public string? Province { get; set; }
    public string? City { get; set; }
    public int? LibraryId { get; set; }
    public ProofFile? Proof { get; set; }
    public string? DiscountCode { get; set; }
}
