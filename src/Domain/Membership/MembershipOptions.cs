namespace RahZendegi.Domain.Membership;

/// <summary>The section <c>Membership</c>.</summary>
public sealed class MembershipOptions
{
    public const string Section = "Membership";

    /// <summary>The yearly card fee before discounts, in Rials.</summary>
    public long FeeRials { get; set; } = 1_000_000;

    /// <summary>
    /// Days a proof's file is kept after staff decided on the claim, for a question or a second look; then housekeeping
    /// clears it. A claim still waiting keeps its proofs.
    /// </summary>
    public int ProofRetentionDays { get; set; } = 30;
}
