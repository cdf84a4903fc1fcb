using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Messaging;

public enum OutboxPriority { Reply = 0, Broadcast = 1 }

public enum OutboxStatus { Pending, Sent, Failed }

/// <summary>
/// Why the bot wrote the message, for the panel's delivery log: an answer to the person, a notice caused by
/// staff or the system (a verification, a cancellation, a freed seat), a reminder, or a copy of a broadcast.
/// Unknown for rows written before the column existed.
/// </summary>
public enum OutboxKind { Unknown, Reply, Notice, Reminder, Broadcast }

/// <summary>A message waiting to be sent, written in the same transaction as the change that caused it.</summary>
public class OutboxMessage
{
    public long Id { get; set; }
    public required string BotName { get; set; }
    public long ChatId { get; set; }
    public OutboxPriority Priority { get; set; }
    public OutboxKind Kind { get; set; }
    public required string Payload { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }
    public string? Error { get; set; }

    /// <summary>The broadcast this message is one recipient's copy of; null for replies and notices.</summary>
    public int? BroadcastId { get; set; }

    /// <summary>
    /// The payment an invoice asks for: its id goes into the invoice's payload at send time, since a payment opened in
    /// the same commit has no id while the row is written.
    /// </summary>
    public int? PaymentId { get; set; }

    public Payments.Payment? Payment { get; set; }

    public static OutboxMessage Create(string botName, long chatId, Outgoing outgoing, DateTime now, OutboxKind kind, OutboxPriority priority = OutboxPriority.Reply) => new()
    {
        BotName = botName,
        ChatId = chatId,
        Priority = priority,
        Kind = kind,
        Payload = outgoing.Serialize(),
        Status = OutboxStatus.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
        Payment = (outgoing as OutgoingInvoice)?.Payment,
    };
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.BotName).HasMaxLength(64);
        builder.Property(m => m.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        // Rows written before the column existed read as Unknown: the log does not guess what they were.
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16).HasDefaultValue(OutboxKind.Unknown);
        builder.Property(m => m.Error).HasMaxLength(500);
        builder.HasIndex(m => new { m.BotName, m.Status, m.Priority, m.Id });

        // A broadcast reaches each chat once: a resumed or concurrent expansion cannot write a second copy.
        builder.HasIndex(m => new { m.BroadcastId, m.BotName, m.ChatId }).IsUnique().HasFilter("\"BroadcastId\" IS NOT NULL");
        builder.HasOne(m => m.Payment).WithMany().HasForeignKey(m => m.PaymentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Announcements.Broadcast>().WithMany().HasForeignKey(m => m.BroadcastId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// The errors the sender writes when the person cannot be reached, so the panel can tell «blocked» from other failures:
/// a 403 (the person blocked the bot or left the messenger) and a broadcast not tried because the chat was known blocked.
/// </summary>
public static class DeliveryErrors
{
    public const string BlockedPrefix = "blocked: ";
    public const string Unreachable = "unreachable";

    // Rows written before the prefix carry Telegram's own 403 description, which starts with «Forbidden:».
    public static bool IsBlocked(string? error) =>
        error is not null
        && (error.StartsWith(BlockedPrefix, StringComparison.Ordinal) || error == Unreachable || error.StartsWith("Forbidden:", StringComparison.Ordinal));
}
