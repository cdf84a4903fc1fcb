using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Membership;

/// <summary>A national ID on a list the Relief Committee (or the library directorate) sent as eligible for a category.</summary>
public class EligibleNationalId
{
    public int Id { get; set; }
    public required string NationalId { get; set; }
    public MemberCategory Category { get; set; }
    public DateTime ImportedAt { get; set; }
}

internal sealed class EligibleNationalIdConfiguration : IEntityTypeConfiguration<EligibleNationalId>
{
    public void Configure(EntityTypeBuilder<EligibleNationalId> builder)
    {
        builder.Property(e => e.NationalId).HasMaxLength(10);
        builder.Property(e => e.Category).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(e => new { e.NationalId, e.Category }).IsUnique();
    }
}
