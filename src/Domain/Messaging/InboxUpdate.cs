using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Messaging;

/// <summary>A raw update as the messenger delivered it, kept until handled so that a restart loses nothing.</summary>
public class InboxUpdate
{
    public long Id { get; set; }
    public required string BotName { get; set; }
    public long UpdateId { get; set; }
    public long UserKey { get; set; }
    public required string Payload { get; set; }
    public DateTime ReceivedAt { get; set; }
    public DateTime? HandledAt { get; set; }
}

internal sealed class InboxUpdateConfiguration : IEntityTypeConfiguration<InboxUpdate>
{
    public void Configure(EntityTypeBuilder<InboxUpdate> builder)
    {
        // Telegram's update_id restarts at random after a quiet week: duplicates are found by the
        // set of ids seen per bot, never by comparing with the last one.
        builder.HasIndex(u => new { u.BotName, u.UpdateId }).IsUnique();
        builder.HasIndex(u => new { u.BotName, u.HandledAt });
        builder.Property(u => u.BotName).HasMaxLength(64);

        // A handler abandoned at its deadline may still try to commit: only the first mark of "handled" wins.
        builder.Property(u => u.HandledAt).IsConcurrencyToken();
    }
}
