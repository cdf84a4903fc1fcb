using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RahZendegi.Domain.Libraries;

namespace RahZendegi.Domain.Counseling;

// A library shut for a while (repairs, a local mourning day): no counselling there in [StartsAt, EndsAt).
public class LibraryClosure
{
    public int Id { get; set; }
    public int LibraryId { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public string? Reason { get; set; }
}

internal sealed class LibraryClosureConfiguration : IEntityTypeConfiguration<LibraryClosure>
{
    public void Configure(EntityTypeBuilder<LibraryClosure> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.HasOne<Library>().WithMany().HasForeignKey(c => c.LibraryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.LibraryId, c.EndsAt });
    }
}
