using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RahZendegi.Domain.Membership;

namespace RahZendegi.Domain.Workshops;

/// <summary>
/// One group's terms for one workshop, where they differ from the default (open, priced by the general discount
/// rules): the group may not sign up, or pays <see cref="PriceRials"/> instead. A workshop without terms is open to
/// everyone. The group is the person's verified one, as for discounts: a claim counts once it is verified.
/// </summary>
public class WorkshopGroupTerm
{
    public int WorkshopId { get; set; }
    public MemberCategory Category { get; set; }
    public bool Open { get; set; } = true;

    /// <summary>Rials; replaces the base price and the general discount rules for this group. Null: those apply.</summary>
    public long? PriceRials { get; set; }
}

internal sealed class WorkshopGroupTermConfiguration : IEntityTypeConfiguration<WorkshopGroupTerm>
{
    public void Configure(EntityTypeBuilder<WorkshopGroupTerm> builder)
    {
        builder.HasKey(t => new { t.WorkshopId, t.Category });
        builder.Property(t => t.Category).HasConversion<string>().HasMaxLength(32);
        builder.ToTable("WorkshopGroupTerms", t => t.HasCheckConstraint("CK_WorkshopGroupTerm_Price", "\"PriceRials\" IS NULL OR \"PriceRials\" >= 0"));
    }
}
