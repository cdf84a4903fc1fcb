using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RahZendegi.Domain.Libraries;

namespace RahZendegi.Domain.Announcements;

/// <summary>What one person of one bot wants to be told about, and from which library.</summary>
public class Subscription
{
    public required string BotName { get; set; }
    public long UserId { get; set; }
    public long ChatId { get; set; }

    /// <summary>The person's library; null until they choose one, and then only announcements for every library reach them.</summary>
    public int? LibraryId { get; set; }
    public Library? Library { get; set; }

    public AnnouncementTopic Topics { get; set; }

    /// <summary>Everything switched off at once, keeping the chosen topics for when it is switched on again.</summary>
    public bool Off { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.HasKey(s => new { s.BotName, s.UserId });
        builder.Property(s => s.BotName).HasMaxLength(64);

        // Flags stay an integer, unlike other enums: the audience query tests bits, which text cannot do.
        builder.Property(s => s.Topics).HasConversion<int>();
        builder.HasOne(s => s.Library).WithMany().HasForeignKey(s => s.LibraryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => s.LibraryId);
    }
}
