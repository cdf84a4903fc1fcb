using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Counseling;

// A counsellor away (illness, a course, a personal day): no slots at any library in [StartsAt, EndsAt).
public class CounselorLeave
{
    public int Id { get; set; }
    public int CounselorId { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public string? Reason { get; set; }
}

internal sealed class CounselorLeaveConfiguration : IEntityTypeConfiguration<CounselorLeave>
{
    public void Configure(EntityTypeBuilder<CounselorLeave> builder)
    {
        builder.Property(l => l.Reason).HasMaxLength(500);
        builder.HasOne<Counselor>().WithMany().HasForeignKey(l => l.CounselorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.CounselorId, l.EndsAt });
    }
}
