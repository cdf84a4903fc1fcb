using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Privacy;

/// <summary>
/// A messenger account agreed to the privacy notice before its first personal question, at this time. Kept per
/// account (bot, user), as a conversation is: the same person on another messenger reads the notice there too.
/// </summary>
public class PrivacyConsent
{
    public required string BotName { get; set; }
    public long UserId { get; set; }
    public DateTime ConsentedAt { get; set; }
}

internal sealed class PrivacyConsentConfiguration : IEntityTypeConfiguration<PrivacyConsent>
{
    public void Configure(EntityTypeBuilder<PrivacyConsent> builder)
    {
        builder.HasKey(c => new { c.BotName, c.UserId });
        builder.Property(c => c.BotName).HasMaxLength(64);
    }
}
