using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Counseling;

public enum LeaveRequestStatus { Pending, Approved, Refused }

/// <summary>
/// A counsellor asks in the bot for days off; a library operator of one of their libraries decides in the panel. An
/// approval becomes a <see cref="CounselorLeave"/>, which blocks those slots.
/// </summary>
public class LeaveRequest
{
    public int Id { get; set; }
    public int CounselorId { get; set; }
    public Counselor? Counselor { get; set; }

    /// <summary>The first and last day off, Tehran's calendar days, as UTC instants of their start and of the day after the last.</summary>
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public string? Reason { get; set; }
    public LeaveRequestStatus Status { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
}

internal sealed class LeaveRequestConfiguration : IEntityTypeConfiguration<LeaveRequest>
{
    public void Configure(EntityTypeBuilder<LeaveRequest> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.DecidedBy).HasMaxLength(256);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(r => r.Counselor).WithMany().HasForeignKey(r => r.CounselorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.Status, r.StartsAt });
    }
}
