using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RahZendegi.Domain.Libraries;

namespace RahZendegi.Domain.Membership;

public enum CategoryStatus { None, Pending, Verified, Rejected }

/// <summary>
/// A library membership, held by one person. The national ID holds one membership only. A person who joined through
/// a bot, or linked one later, is reached in the messenger account they used last (bot, user, chat), one of their
/// <see cref="Accounts"/>; one registered at the desk by staff who never opened a bot has none, and is reached by phone.
/// </summary>
public class Member
{
    public int Id { get; set; }
    public string? BotName { get; set; }
    public long? UserId { get; set; }
    public long? ChatId { get; set; }
    public required string MembershipNumber { get; set; }
    public required string FullName { get; set; }
    public required string NationalId { get; set; }

    /// <summary>Canonical +989xxxxxxxxx.</summary>
    public required string Phone { get; set; }

    public int LibraryId { get; set; }
    public Library? Library { get; set; }

    /// <summary>What the person said they are; it grants a discount only once <see cref="CategoryStatus"/> is Verified.</summary>
    public MemberCategory Category { get; set; }

    public CategoryStatus CategoryStatus { get; set; }
    public string? RejectionReason { get; set; }

    /// <summary>The files sent to prove <see cref="Category"/>, for the staff who decide on it (<see cref="CategoryProof"/>).</summary>
    public List<CategoryProof> Proofs { get; } = [];

    /// <summary>Every messenger account of the person (<see cref="MemberAccounts"/>); the columns above name the one used last.</summary>
    public List<MemberAccount> Accounts { get; } = [];

    public long FeeBaseRials { get; set; }
    public long FeeToPayRials { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? CategoryDecidedAt { get; set; }

    /// <summary>The person can be told things in a bot.</summary>
    public bool HasMessenger => BotName is not null && UserId is not null && ChatId is not null;

    /// <summary>The category that prices this person's services now.</summary>
    public MemberCategory EffectiveCategory => CategoryStatus == CategoryStatus.Verified ? Category : MemberCategory.Public;
}

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.Property(m => m.BotName).HasMaxLength(64);
        builder.Property(m => m.MembershipNumber).HasMaxLength(16);
        builder.Property(m => m.FullName).HasMaxLength(100);
        builder.Property(m => m.NationalId).HasMaxLength(10);
        builder.Property(m => m.Phone).HasMaxLength(16);
        builder.Property(m => m.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.CategoryStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.RejectionReason).HasMaxLength(300);
        builder.HasOne(m => m.Library).WithMany().HasForeignKey(m => m.LibraryId).OnDelete(DeleteBehavior.Restrict);

        // Rules of uniqueness live in the schema: one membership per national ID and per messenger user
        // (members without a messenger account have nulls there, which the unique index lets repeat).
        builder.HasIndex(m => m.NationalId).IsUnique();
        builder.HasIndex(m => new { m.BotName, m.UserId }).IsUnique();
        builder.HasIndex(m => m.MembershipNumber).IsUnique();
        builder.HasIndex(m => m.Phone);
        builder.ToTable(t => t.HasCheckConstraint("CK_Member_Messenger",
            "(\"BotName\" IS NULL AND \"UserId\" IS NULL AND \"ChatId\" IS NULL) OR (\"BotName\" IS NOT NULL AND \"UserId\" IS NOT NULL AND \"ChatId\" IS NOT NULL)"));
    }
}
