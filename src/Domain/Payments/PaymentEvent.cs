using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Payments;

/// <summary>One change of a payment's state, whoever made it: staff, the bot, or the committee's verification.</summary>
public class PaymentEvent
{
    public long Id { get; set; }
    public int PaymentId { get; set; }
    public DateTime At { get; set; }
    public PaymentStatus Status { get; set; }
    public PaymentMethod? Method { get; set; }
    public long DueRials { get; set; }
    public required string By { get; set; }
    public string? Note { get; set; }
}

internal sealed class PaymentEventConfiguration : IEntityTypeConfiguration<PaymentEvent>
{
    public void Configure(EntityTypeBuilder<PaymentEvent> builder)
    {
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.By).HasMaxLength(256);
        builder.Property(e => e.Note).HasMaxLength(300);
        builder.HasOne<Payment>().WithMany(p => p.Events).HasForeignKey(e => e.PaymentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.PaymentId);
    }
}
