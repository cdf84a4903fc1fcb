using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Counseling;

/// <summary>
/// A counsellor's messenger account (bot, user, chat): it opens the counsellor's menu in that bot and receives their
/// notices. An account is one counsellor's only, and a counsellor may have one on each bot.
/// </summary>
public class CounselorAccount
{
    public int Id { get; set; }
    public int CounselorId { get; set; }
    public Counselor? Counselor { get; set; }
    public required string BotName { get; set; }
    public long UserId { get; set; }
    public long ChatId { get; set; }
    public DateTime LinkedAt { get; set; }
}

/// <summary>
/// A one-time code staff make on the counsellor's page: whoever sends it to a bot within its time becomes that
/// counsellor there. Only its hash is kept, so the table says nothing to a reader of the database.
/// </summary>
public class CounselorLinkCode
{
    public int Id { get; set; }
    public int CounselorId { get; set; }
    public required string CodeHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public required string CreatedBy { get; set; }
}

internal sealed class CounselorAccountConfiguration : IEntityTypeConfiguration<CounselorAccount>
{
    public void Configure(EntityTypeBuilder<CounselorAccount> builder)
    {
        builder.Property(a => a.BotName).HasMaxLength(64);
        builder.HasOne(a => a.Counselor).WithMany().HasForeignKey(a => a.CounselorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.BotName, a.UserId }).IsUnique();
        builder.HasIndex(a => a.CounselorId);
    }
}

internal sealed class CounselorLinkCodeConfiguration : IEntityTypeConfiguration<CounselorLinkCode>
{
    public void Configure(EntityTypeBuilder<CounselorLinkCode> builder)
    {
        builder.Property(c => c.CodeHash).HasMaxLength(64);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.HasOne<Counselor>().WithMany().HasForeignKey(c => c.CounselorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.CodeHash).IsUnique();
    }
}
