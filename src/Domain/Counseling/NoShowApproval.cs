using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Counseling;

/// <summary>Staff let a person book again after too many no-shows; no-shows before this moment no longer count.</summary>
public class NoShowApproval
{
    public int Id { get; set; }
    public required string BotName { get; set; }
    public long UserId { get; set; }
    public DateTime GrantedAt { get; set; }
}

internal sealed class NoShowApprovalConfiguration : IEntityTypeConfiguration<NoShowApproval>
{
    public void Configure(EntityTypeBuilder<NoShowApproval> builder)
    {
        builder.Property(a => a.BotName).HasMaxLength(64);
        builder.HasIndex(a => new { a.BotName, a.UserId, a.GrantedAt });
    }
}
