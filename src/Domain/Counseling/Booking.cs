using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RahZendegi.Domain.Libraries;

namespace RahZendegi.Domain.Counseling;

public enum BookingStatus { Confirmed, Attended, NoShow, CancelledByUser, CancelledByStaff, Rescheduled, Held, HoldExpired }

/// <summary>
/// One counselling session booked by one person. The topic is kept for the counsellor's agenda only;
/// reminders never show it. The person is a messenger user (bot, user, chat), or, when staff booked at the desk for
/// someone without a messenger account, only the member (<see cref="MemberId"/>).
/// </summary>
public class Booking
{
    public const string HoldsSlotSql = "\"Status\" IN ('Confirmed', 'Attended', 'NoShow', 'Held')";

    /// <summary>
    /// A session given or owed: confirmed, attended or missed. Cancelled and moved bookings and «خبرم کن» holds are
    /// not, for the dashboard's load and the subsidy report alike.
    /// </summary>
    public static readonly Expression<Func<Booking, bool>> CountsAsSession = b =>
        b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.Attended || b.Status == BookingStatus.NoShow;

    /// <summary>A booking someone made, in the bot or at the desk, whatever became of it; not a slot held for «خبرم کن».</summary>
    public static readonly Expression<Func<Booking, bool>> IsBooked = b => b.Status != BookingStatus.Held && b.Status != BookingStatus.HoldExpired;

    public int Id { get; set; }
    public required string TrackingCode { get; set; }
    public string? BotName { get; set; }
    public long? UserId { get; set; }
    public long? ChatId { get; set; }

    /// <summary>Set when staff booked it for a member; the only owner of a booking without a messenger account.</summary>
    public int? MemberId { get; set; }

    /// <summary>The staff member who booked it for the person; null when the person booked in the bot.</summary>
    public string? BookedBy { get; set; }

    public int CounselorId { get; set; }
    public Counselor? Counselor { get; set; }
    public int LibraryId { get; set; }
    public Library? Library { get; set; }
    public CounselingTopic Topic { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public BookingStatus Status { get; set; }
    public string? CancelReason { get; set; }
    public long BaseRials { get; set; }
    public long DiscountRials { get; set; }
    public long ToPayRials { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ClosedAt { get; set; }

    /// <summary>
    /// Whether the person may still cancel or move it themselves: until the cancellation deadline before the start.
    /// Moving frees the old slot as a cancellation does, so the same deadline holds for both; later, they call the library.
    /// </summary>
    public bool UserMayChange(DateTime now, TimeSpan deadline) => StartsAt - now >= deadline;

    /// <summary>The person tapped «می‌آیم» on a reminder.</summary>
    public DateTime? ComingConfirmedAt { get; set; }

    public DateTime? DayReminderQueuedAt { get; set; }
    public DateTime? HourReminderQueuedAt { get; set; }

    /// <summary>While <see cref="BookingStatus.Held"/>: the slot waits for the person who asked «خبرم کن» until then.</summary>
    public DateTime? HeldUntil { get; set; }

    /// <summary>Seven digits: easy to read out on the phone, and random so it tells nothing about other bookings.</summary>
    public static string NewTrackingCode() =>
        System.Security.Cryptography.RandomNumberGenerator.GetInt32(1_000_000, 10_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public const string OwnerSql = "(\"BotName\" IS NOT NULL AND \"UserId\" IS NOT NULL AND \"ChatId\" IS NOT NULL) " +
        "OR (\"BotName\" IS NULL AND \"UserId\" IS NULL AND \"ChatId\" IS NULL AND \"MemberId\" IS NOT NULL)";

    public bool HoldsSlot => Status is BookingStatus.Confirmed or BookingStatus.Attended or BookingStatus.NoShow or BookingStatus.Held;
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.Property(b => b.TrackingCode).HasMaxLength(12);
        builder.Property(b => b.BotName).HasMaxLength(64);
        builder.Property(b => b.Topic).HasConversion<string>().HasMaxLength(32);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(b => b.CancelReason).HasMaxLength(300);
        builder.HasOne(b => b.Counselor).WithMany().HasForeignKey(b => b.CounselorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.Library).WithMany().HasForeignKey(b => b.LibraryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => b.TrackingCode).IsUnique();
        builder.Property(b => b.BookedBy).HasMaxLength(256);
        builder.HasOne<Membership.Member>().WithMany().HasForeignKey(b => b.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.BotName, b.UserId, b.StartsAt });
        builder.HasIndex(b => new { b.MemberId, b.StartsAt });
        builder.ToTable(t => t.HasCheckConstraint("CK_Booking_Owner", Booking.OwnerSql));
        builder.HasIndex(b => new { b.Status, b.StartsAt });

        // A slot is booked once: the database decides between two people who confirm it at the same moment.
        builder.HasIndex(b => new { b.CounselorId, b.StartsAt }).IsUnique().HasFilter(Booking.HoldsSlotSql);
    }
}
