using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RahZendegi.Domain.Membership;

namespace RahZendegi.Domain.Pricing;

public enum ServiceKind { Membership, Counseling, Workshop }

/// <summary>A row of the discount table: service kind × category → percent, within an optional validity window.</summary>
public class DiscountRule
{
    public int Id { get; set; }
    public ServiceKind ServiceKind { get; set; }
    public MemberCategory Category { get; set; }
    public int Percent { get; set; }
    public DateTime? ValidFrom { get; set; }
    public DateTime? ValidTo { get; set; }
}

internal sealed class DiscountRuleConfiguration : IEntityTypeConfiguration<DiscountRule>
{
    public void Configure(EntityTypeBuilder<DiscountRule> builder)
    {
        builder.Property(r => r.ServiceKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Category).HasConversion<string>().HasMaxLength(32);
        builder.ToTable(t => t.HasCheckConstraint("CK_DiscountRule_Percent", "\"Percent\" BETWEEN 0 AND 100"));
    }
}
