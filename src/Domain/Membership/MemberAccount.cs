using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Membership;

/// <summary>
/// One messenger account (bot, user, chat) of a member. A person who has Telegram and Bale, or who came to the desk
/// first and opened a bot later, is one member with several accounts, linked by national ID and their own phone
/// (<see cref="MemberAccounts"/>). An account belongs to one member only: the schema says so.
/// </summary>
public class MemberAccount
{
    public int Id { get; set; }
    public int MemberId { get; set; }
    public Member? Member { get; set; }
    public required string BotName { get; set; }
    public long UserId { get; set; }
    public long ChatId { get; set; }
    public DateTime LinkedAt { get; set; }

    /// <summary>When an update from this account was last handled: notices go to the account used last.</summary>
    public DateTime LastUsedAt { get; set; }
}

internal sealed class MemberAccountConfiguration : IEntityTypeConfiguration<MemberAccount>
{
    public void Configure(EntityTypeBuilder<MemberAccount> builder)
    {
        builder.Property(a => a.BotName).HasMaxLength(64);
        builder.HasOne(a => a.Member).WithMany(m => m.Accounts).HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.BotName, a.UserId }).IsUnique();
        builder.HasIndex(a => a.MemberId);
        builder.HasIndex(a => new { a.BotName, a.ChatId });
    }
}
