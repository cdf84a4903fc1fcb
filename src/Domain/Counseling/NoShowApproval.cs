using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RahZendegi.Domain.Membership;

namespace RahZendegi.Domain.Counseling;

/// <summary>
/// Staff let a person book again after too many no-shows; no-shows before this moment no longer count. It names the
/// person as their bookings do: by messenger account when they have one, by membership too, so a walk-in without a
/// messenger account can be let back as well.
/// </summary>
public class NoShowApproval
{
    public int Id { get; set; }
    public string? BotName { get; set; }
    public long? UserId { get; set; }
    public int? MemberId { get; set; }
    public DateTime GrantedAt { get; set; }
    public string? GrantedBy { get; set; }
    public string? Reason { get; set; }
}

internal sealed class NoShowApprovalConfiguration : IEntityTypeConfiguration<NoShowApproval>
{
    public void Configure(EntityTypeBuilder<NoShowApproval> builder)
    {
        builder.Property(a => a.BotName).HasMaxLength(64);
        builder.Property(a => a.GrantedBy).HasMaxLength(256);
        builder.Property(a => a.Reason).HasMaxLength(300);
        builder.HasIndex(a => new { a.BotName, a.UserId, a.GrantedAt });
        builder.HasIndex(a => new { a.MemberId, a.GrantedAt });
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
