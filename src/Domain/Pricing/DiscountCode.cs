using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Pricing;

/// <summary>A code a person types for a discount on one kind of service, with an optional usage limit and expiry.</summary>
public class DiscountCode
{
    public int Id { get; set; }

    // Stored normalised so that the unique index and a lookup agree however the code was typed.
    public string Code { get; set => field = Normalize(value); } = string.Empty;

    public int Percent { get; set; }
    public ServiceKind ServiceKind { get; set; }

    /// <summary>How many times the code may be redeemed in all; null for no limit.</summary>
    public int? UsageLimit { get; set; }

    public int TimesUsed { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public bool Active { get; set; } = true;

    // Persian or Arabic digits and stray bidi marks from a phone keyboard, then case, so that
    // «emdad۴۰» typed in a chat finds EMDAD40.
    public static string Normalize(string? typed) => PersianText.Normalize(typed).Trim().ToUpperInvariant();

    /// <summary>Whether this code can be used now for <paramref name="kind"/>; the first reason it cannot, otherwise.</summary>
    public DiscountCodeCheck Check(ServiceKind kind, DateTime nowUtc)
    {
        if (!Active)
        {
            return DiscountCodeCheck.Inactive;
        }

        if (ExpiresAt is { } expiresAt && expiresAt <= nowUtc)
        {
            return DiscountCodeCheck.Expired;
        }

        if (UsageLimit is { } limit && TimesUsed >= limit)
        {
            return DiscountCodeCheck.UsedUp;
        }

        return ServiceKind == kind ? DiscountCodeCheck.Valid : DiscountCodeCheck.WrongService;
    }
}

/// <summary>What a typed discount code turned out to be, so the bot can say precisely why it does not apply.</summary>
public enum DiscountCodeCheck { Valid, NotFound, Inactive, Expired, UsedUp, WrongService }

internal sealed class DiscountCodeConfiguration : IEntityTypeConfiguration<DiscountCode>
{
    public void Configure(EntityTypeBuilder<DiscountCode> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(32);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.TimesUsed).IsConcurrencyToken();
        builder.Property(c => c.ServiceKind).HasConversion<string>().HasMaxLength(32);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_DiscountCode_Percent", "\"Percent\" BETWEEN 0 AND 100");
            t.HasCheckConstraint("CK_DiscountCode_TimesUsed", "\"TimesUsed\" >= 0");
        });
    }
}
