using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Staff;

/// <summary>A library a library operator may manage; the provincial admin needs none (they see all).</summary>
public class StaffLibrary
{
    public int Id { get; set; }
    public required string StaffUserId { get; set; }
    public int LibraryId { get; set; }
}

internal sealed class StaffLibraryConfiguration : IEntityTypeConfiguration<StaffLibrary>
{
    public void Configure(EntityTypeBuilder<StaffLibrary> builder)
    {
        builder.HasIndex(s => new { s.StaffUserId, s.LibraryId }).IsUnique();
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.StaffUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Libraries.Library>().WithMany().HasForeignKey(s => s.LibraryId).OnDelete(DeleteBehavior.Cascade);
    }
}
