using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RahZendegi.Domain.Counseling;

public enum WatchStatus { Waiting, Offered, Fulfilled, Expired }

/// <summary>«خبرم کن»: a person waits for a free slot with a counsellor (or any who fits) on a day (or any day).</summary>
public class SlotWatch
{
    public int Id { get; set; }
    public required string BotName { get; set; }
    public long UserId { get; set; }
    public long ChatId { get; set; }
    public int LibraryId { get; set; }
    public CounselingTopic Topic { get; set; }
    public int? CounselorId { get; set; }
    public Gender? Gender { get; set; }

    /// <summary>A Tehran-local day; null means any day within the booking horizon.</summary>
    public DateOnly? Day { get; set; }

    public WatchStatus Status { get; set; }
    public int? OfferedBookingId { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class SlotWatchConfiguration : IEntityTypeConfiguration<SlotWatch>
{
    public void Configure(EntityTypeBuilder<SlotWatch> builder)
    {
        builder.Property(w => w.BotName).HasMaxLength(64);
        builder.Property(w => w.Topic).HasConversion<string>().HasMaxLength(32);
        builder.Property(w => w.Gender).HasConversion<string>().HasMaxLength(16);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(w => new { w.Status, w.CreatedAt });
    }
}
