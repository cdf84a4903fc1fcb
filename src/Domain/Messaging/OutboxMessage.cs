using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Messaging;

public enum OutboxPriority { Reply = 0, Broadcast = 1 }

public enum OutboxStatus { Pending, Sent, Failed }

/// <summary>A message waiting to be sent, written in the same transaction as the change that caused it.</summary>
public class OutboxMessage
{
    public long Id { get; set; }
    public required string BotName { get; set; }
    public long ChatId { get; set; }
    public OutboxPriority Priority { get; set; }
    public required string Payload { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }
    public string? Error { get; set; }

    /// <summary>The broadcast this message is one recipient's copy of; null for replies and notices.</summary>
    public int? BroadcastId { get; set; }

    public static OutboxMessage Create(string botName, long chatId, Outgoing outgoing, DateTime now, OutboxPriority priority = OutboxPriority.Reply) => new()
    {
        BotName = botName,
        ChatId = chatId,
        Priority = priority,
        Payload = outgoing.Serialize(),
        Status = OutboxStatus.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.BotName).HasMaxLength(64);
        builder.Property(m => m.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Error).HasMaxLength(500);
        builder.HasIndex(m => new { m.BotName, m.Status, m.Priority, m.Id });

        // A broadcast reaches each chat once: a resumed or concurrent expansion cannot write a second copy.
        builder.HasIndex(m => new { m.BroadcastId, m.BotName, m.ChatId }).IsUnique().HasFilter("\"BroadcastId\" IS NOT NULL");
        builder.HasOne<Announcements.Broadcast>().WithMany().HasForeignKey(m => m.BroadcastId).OnDelete(DeleteBehavior.Restrict);
    }
}
