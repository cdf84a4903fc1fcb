using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Domain.Feedback;

/// <summary>
/// One client's word on one held session (<see cref="BookingId"/>, <see cref="CounselorId"/>) or one workshop they attended
/// (<see cref="RegistrationId"/>, <see cref="WorkshopId"/>): asked once, when staff or the counsellor marked it; a rating
/// of 1 to 5 once they tap, and a comment if they write one.
/// </summary>
public class ClientFeedback
{
    public int Id { get; set; }
    public int? BookingId { get; set; }
    public int? CounselorId { get; set; }
    public int? RegistrationId { get; set; }
    public int? WorkshopId { get; set; }
    public required string BotName { get; set; }
    public long UserId { get; set; }
    public long ChatId { get; set; }
    public DateTime AskedAt { get; set; }
    public int? Rating { get; set; }
    public DateTime? RatedAt { get; set; }
    public string? Comment { get; set; }

    public const int MaxComment = 1000;
}

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<ClientFeedback>
{
    public void Configure(EntityTypeBuilder<ClientFeedback> builder)
    {
        builder.ToTable("Feedback");
        builder.Property(f => f.BotName).HasMaxLength(64);
        builder.Property(f => f.Comment).HasMaxLength(ClientFeedback.MaxComment);
        builder.HasOne<Booking>().WithMany().HasForeignKey(f => f.BookingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Counselor>().WithMany().HasForeignKey(f => f.CounselorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WorkshopRegistration>().WithMany().HasForeignKey(f => f.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Workshop>().WithMany().HasForeignKey(f => f.WorkshopId).OnDelete(DeleteBehavior.Cascade);

        // Asked once: marking a session or a seat again asks nothing more.
        builder.HasIndex(f => f.BookingId).IsUnique();
        builder.HasIndex(f => f.RegistrationId).IsUnique();
        builder.HasIndex(f => new { f.BotName, f.UserId });
        builder.ToTable(t => t.HasCheckConstraint("CK_Feedback_Rating", "\"Rating\" IS NULL OR (\"Rating\" >= 1 AND \"Rating\" <= 5)"));
    }
}
