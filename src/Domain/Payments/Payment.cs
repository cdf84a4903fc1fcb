using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Domain.Payments;

/// <summary>What a payment is for: each chargeable thing has exactly one payment.</summary>
public enum PaymentFor { Membership, Booking, WorkshopSeat }

/// <summary>
/// Due until it is settled: paid by the person, or waived (nothing to collect: the committee pays, or the service is
/// free to them). A cancelled service moves a due or waived payment to cancelled, and a paid one to refunded.
/// </summary>
public enum PaymentStatus { Due, Paid, Waived, Refunded, Cancelled }

public enum PaymentMethod { BaleInvoice, DeskCash, DeskCard, Committee }

/// <summary>
/// The money side of one membership, booking or workshop seat. The amounts and the category come from the pricing
/// engine at confirmation and are kept, so the charity's report reads what was really charged, not today's prices.
/// </summary>
public class Payment
{
    public int Id { get; set; }
    public PaymentFor For { get; set; }
    public int? MemberId { get; set; }
    public Member? Member { get; set; }
    public int? BookingId { get; set; }
    public Booking? Booking { get; set; }
    public int? WorkshopRegistrationId { get; set; }
    public WorkshopRegistration? WorkshopRegistration { get; set; }

    public int LibraryId { get; set; }
    public Library? Library { get; set; }

    /// <summary>The verified category the price was made for (Public when none was).</summary>
    public MemberCategory Category { get; set; }

    /// <summary>When the service is given: the session's or workshop's start, the day of joining for a membership.</summary>
    public DateTime ServiceAt { get; set; }

    /// <summary>The list price before any discount.</summary>
    public long ListRials { get; set; }

    /// <summary>What the person is asked to pay.</summary>
    public long DueRials { get; set; }

    public PaymentStatus Status { get; set; }
    public PaymentMethod? Method { get; set; }

    /// <summary>Given when the payment is paid; printed on the receipt and read out at the desk.</summary>
    public string? ReceiptNumber { get; set; }

    /// <summary>When it was paid or waived, and by whom: a staff user name, or <see cref="PaymentLedger.ByBot"/>.</summary>
    public DateTime? SettledAt { get; set; }

    public string? SettledBy { get; set; }

    /// <summary>The messenger account that may pay it in the chat; null for a person without one.</summary>
    public string? BotName { get; set; }

    public long? ChatId { get; set; }

    /// <summary>The payment provider's reference for an in-chat payment; unique, so a payment reported twice is recorded once.</summary>
    public string? ProviderChargeId { get; set; }

    /// <summary>When a refunded payment's money was handed back at the desk, and by whom; null while it is still owed.</summary>
    public DateTime? RefundHandedBackAt { get; set; }

    public string? RefundHandedBackBy { get; set; }

    /// <summary>
    /// The unguessable half of an in-chat invoice's payload (<see cref="InvoicePayload"/>), made when the first invoice
    /// is issued; a payload naming this payment with another check is forged or stale.
    /// </summary>
    public string? InvoiceCheck { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<PaymentEvent> Events { get; set; } = [];

    public bool IsOpen => Status == PaymentStatus.Due;
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.Property(p => p.For).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        builder.Property(p => p.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.ReceiptNumber).HasMaxLength(16);
        builder.Property(p => p.SettledBy).HasMaxLength(256);

        // Handing a refund back is contested like taking a payment: two desks must not both give the money back.
        builder.Property(p => p.RefundHandedBackAt).IsConcurrencyToken();
        builder.Property(p => p.RefundHandedBackBy).HasMaxLength(256);
        builder.Property(p => p.BotName).HasMaxLength(64);
        builder.Property(p => p.ProviderChargeId).HasMaxLength(128);
        builder.Property(p => p.InvoiceCheck).HasMaxLength(16);
        builder.HasOne(p => p.Member).WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Booking).WithMany().HasForeignKey(p => p.BookingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.WorkshopRegistration).WithMany().HasForeignKey(p => p.WorkshopRegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Library).WithMany().HasForeignKey(p => p.LibraryId).OnDelete(DeleteBehavior.Restrict);

        // One payment per chargeable thing, and each payment names exactly the one it is for.
        builder.HasIndex(p => p.MemberId).IsUnique().HasFilter("\"For\" = 'Membership'");
        builder.HasIndex(p => p.BookingId).IsUnique().HasFilter("\"BookingId\" IS NOT NULL");
        builder.HasIndex(p => p.WorkshopRegistrationId).IsUnique().HasFilter("\"WorkshopRegistrationId\" IS NOT NULL");
        builder.HasIndex(p => p.ReceiptNumber).IsUnique().HasFilter("\"ReceiptNumber\" IS NOT NULL");
        builder.HasIndex(p => p.ProviderChargeId).IsUnique().HasFilter("\"ProviderChargeId\" IS NOT NULL");
        builder.HasIndex(p => new { p.LibraryId, p.SettledAt });
        builder.HasIndex(p => p.ServiceAt);
        builder.ToTable(t => t.HasCheckConstraint("CK_Payment_Subject",
            "(\"For\" = 'Membership' AND \"MemberId\" IS NOT NULL AND \"BookingId\" IS NULL AND \"WorkshopRegistrationId\" IS NULL) " +
            "OR (\"For\" = 'Booking' AND \"BookingId\" IS NOT NULL AND \"WorkshopRegistrationId\" IS NULL) " +
            "OR (\"For\" = 'WorkshopSeat' AND \"WorkshopRegistrationId\" IS NOT NULL AND \"BookingId\" IS NULL)"));
        builder.ToTable(t => t.HasCheckConstraint("CK_Payment_Amounts", "\"DueRials\" >= 0 AND \"DueRials\" <= \"ListRials\""));
    }
}
