using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RahZendegi.Domain.Membership;

namespace RahZendegi.Domain.Announcements;

/// <summary>Scheduled → Expanding (outbox rows being written) → Sending → Done; or Scheduled → Cancelled by staff before it started.</summary>
public enum BroadcastStatus { Scheduled, Expanding, Sending, Done, Cancelled }

/// <summary>Who a broadcast is for: null parts match everyone.</summary>
public sealed record BroadcastAudience(AnnouncementTopic Topic, int? LibraryId = null, MemberCategory? Category = null, string? BotName = null);

/// <summary>An announcement written in the panel, sent to its audience once, now or at a time.</summary>
public class Broadcast
{
    public int Id { get; set; }
    public required string Text { get; set; }

    /// <summary>An image uploaded in the panel. Outbox rows do not copy it: the sender reads it from here.</summary>
    public byte[]? Photo { get; set; }

    public int? LibraryId { get; set; }
    public AnnouncementTopic Topic { get; set; }
    public MemberCategory? Category { get; set; }
    public string? BotName { get; set; }
    public DateTime ScheduledAt { get; set; }
    public BroadcastStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public int RecipientCount { get; set; }

    /// <summary>A workshop announcement carries a button that opens the workshop in the bot.</summary>
    public int? WorkshopId { get; set; }

    public BroadcastAudience Audience => new(Topic, LibraryId, Category, BotName);
}

internal sealed class BroadcastConfiguration : IEntityTypeConfiguration<Broadcast>
{
    public void Configure(EntityTypeBuilder<Broadcast> builder)
    {
        builder.Property(b => b.Text).HasMaxLength(4096);
        builder.Property(b => b.Topic).HasConversion<string>().HasMaxLength(32);
        builder.Property(b => b.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(b => b.BotName).HasMaxLength(64);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.CreatedBy).HasMaxLength(256);
        builder.HasIndex(b => new { b.Status, b.ScheduledAt });
        builder.Ignore(b => b.Audience);
    }
}
