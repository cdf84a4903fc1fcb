using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Workshops;

public enum RegistrationStatus { Confirmed, Waiting, Offered, Cancelled, OfferExpired, Attended, NoShow }

/// <summary>
/// One person's place at a workshop: a numbered seat, or a place on the waiting list. Arrival order is the Id's order.
/// The person is a messenger user (bot, user, chat), or, when staff registered someone without a messenger account,
/// only the member (<see cref="MemberId"/>).
/// </summary>
public class WorkshopRegistration
{
    public const string HoldsSeatSql = "\"Status\" IN ('Confirmed', 'Offered', 'Attended', 'NoShow')";
    public const string ActiveSql = "\"Status\" IN ('Confirmed', 'Waiting', 'Offered')";

    // The same two sets as the SQL filters above, for queries.
    public static readonly Expression<Func<WorkshopRegistration, bool>> HoldsSeat = r => r.Status == RegistrationStatus.Confirmed
        || r.Status == RegistrationStatus.Offered || r.Status == RegistrationStatus.Attended || r.Status == RegistrationStatus.NoShow;

    public static readonly Expression<Func<WorkshopRegistration, bool>> IsActive = r => r.Status == RegistrationStatus.Confirmed
        || r.Status == RegistrationStatus.Waiting || r.Status == RegistrationStatus.Offered;

    /// <summary>A seat kept to the workshop: confirmed, attended or missed. Attendance is marked on these, and the subsidy report counts them.</summary>
    public static readonly Expression<Func<WorkshopRegistration, bool>> CountsAsSeat = r => r.Status == RegistrationStatus.Confirmed
        || r.Status == RegistrationStatus.Attended || r.Status == RegistrationStatus.NoShow;

    public int Id { get; set; }
    public int WorkshopId { get; set; }
    public Workshop? Workshop { get; set; }
    public string? BotName { get; set; }
    public long? UserId { get; set; }
    public long? ChatId { get; set; }

    /// <summary>Set when staff registered a member; the only owner of a registration without a messenger account.</summary>
    public int? MemberId { get; set; }

    /// <summary>The staff member who registered the person; null when the person signed up in the bot.</summary>
    public string? RegisteredBy { get; set; }

    public RegistrationStatus Status { get; set; }

    /// <summary>1..Capacity while the registration holds a seat; null otherwise.</summary>
    public int? Seat { get; set; }

    public long BaseRials { get; set; }
    public long DiscountRials { get; set; }
    public long ToPayRials { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ConfirmedAt { get; set; }

    /// <summary>While <see cref="RegistrationStatus.Offered"/>: the freed seat waits for this person until then.</summary>
    public DateTime? OfferExpiresAt { get; set; }

    public DateTime? ReminderQueuedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
}

internal sealed class WorkshopRegistrationConfiguration : IEntityTypeConfiguration<WorkshopRegistration>
{
    public void Configure(EntityTypeBuilder<WorkshopRegistration> builder)
    {
        builder.Property(r => r.BotName).HasMaxLength(64);

        // Every change of state says which state it left: a confirmation and the round that expires the same offer
        // cannot both win.
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        builder.HasOne(r => r.Workshop).WithMany().HasForeignKey(r => r.WorkshopId).OnDelete(DeleteBehavior.Restrict);

        // Capacity lives in the schema: a seat is held by one registration, whoever commits first.
        builder.HasIndex(r => new { r.WorkshopId, r.Seat }).IsUnique().HasFilter(WorkshopRegistration.HoldsSeatSql);

        // One active registration per person and workshop, even when the same tap arrives twice at once.
        builder.HasIndex(r => new { r.WorkshopId, r.BotName, r.UserId }).IsUnique().HasFilter(WorkshopRegistration.ActiveSql);
        builder.HasIndex(r => new { r.WorkshopId, r.MemberId }).IsUnique().HasFilter($"{WorkshopRegistration.ActiveSql} AND \"MemberId\" IS NOT NULL");
        builder.HasIndex(r => new { r.BotName, r.UserId });
        builder.Property(r => r.RegisteredBy).HasMaxLength(256);
        builder.HasOne<Membership.Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_WorkshopRegistration_Owner", Counseling.Booking.OwnerSql));
        builder.HasIndex(r => new { r.Status, r.OfferExpiresAt });
        builder.ToTable(t => t.HasCheckConstraint("CK_WorkshopRegistration_Seat",
            $"({WorkshopRegistration.HoldsSeatSql} AND \"Seat\" IS NOT NULL AND \"Seat\" >= 1) OR (NOT {WorkshopRegistration.HoldsSeatSql} AND \"Seat\" IS NULL)"));
    }
}
