using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Conversations;

/// <summary>
/// Where one person is in their conversation with one bot: the flow, the state of its machine and
/// the flow's draft choices. A person is identified by (bot, user id).
/// </summary>
public class ConversationState
{
    public required string BotName { get; set; }
    public long UserId { get; set; }
    public long ChatId { get; set; }
    public required string Flow { get; set; }
    public required string State { get; set; }

    /// <summary>The flow's small draft record, as JSON; null when the flow keeps nothing.</summary>
    public string? Draft { get; set; }

    public DateTime LastActivityAt { get; set; }

    /// <summary>The user blocked the bot or was deactivated: sending to them is pointless until they write again.</summary>
    public bool Unreachable { get; set; }
}

internal sealed class ConversationStateConfiguration : IEntityTypeConfiguration<ConversationState>
{
    public void Configure(EntityTypeBuilder<ConversationState> builder)
    {
        builder.HasKey(c => new { c.BotName, c.UserId });
        builder.Property(c => c.BotName).HasMaxLength(64);
        builder.Property(c => c.Flow).HasMaxLength(64);
        builder.Property(c => c.State).HasMaxLength(64);
        builder.Property(c => c.Draft).HasMaxLength(4000);
    }
}
