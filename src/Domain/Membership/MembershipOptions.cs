namespace RahZendegi.Domain.Membership;

/// <summary>The section <c>Membership</c>.</summary>
public sealed class MembershipOptions
{
    public const string Section = "Membership";

    /// <summary>The yearly card fee before discounts, in Rials.</summary>
    public long FeeRials { get; set; } = 1_000_000;
}
