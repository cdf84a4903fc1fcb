using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Libraries;

public class Library
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Province { get; set; }
    public required string City { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public bool Active { get; set; } = true;
}

internal sealed class LibraryConfiguration : IEntityTypeConfiguration<Library>
{
    public void Configure(EntityTypeBuilder<Library> builder)
    {
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.Province).HasMaxLength(100);
        builder.Property(l => l.City).HasMaxLength(100);
        builder.Property(l => l.Address).HasMaxLength(400);
        builder.Property(l => l.Phone).HasMaxLength(20);
        builder.HasIndex(l => new { l.Province, l.City, l.Name }).IsUnique();
    }
}
