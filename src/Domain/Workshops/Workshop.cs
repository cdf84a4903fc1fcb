using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RahZendegi.Domain.Libraries;

namespace RahZendegi.Domain.Workshops;

public enum WorkshopKind { BusinessAndJobs, Empowerment, Children, LiteraryCircle, QuranicCircle, Other }

public class Workshop
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public WorkshopKind Kind { get; set; }
    public int LibraryId { get; set; }
    public Library? Library { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public int Capacity { get; set; }
    public DateTime SignUpDeadline { get; set; }

    /// <summary>Rials.</summary>
    public long BasePrice { get; set; }
}

internal sealed class WorkshopConfiguration : IEntityTypeConfiguration<Workshop>
{
    public void Configure(EntityTypeBuilder<Workshop> builder)
    {
        builder.Property(w => w.Title).HasMaxLength(200);
        builder.Property(w => w.Description).HasMaxLength(2000);
        builder.Property(w => w.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne(w => w.Library).WithMany().HasForeignKey(w => w.LibraryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => w.StartsAt);
    }
}
