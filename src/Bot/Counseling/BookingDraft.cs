using RahZendegi.Domain.Counseling;

namespace RahZendegi.Bot.Counseling;

/// <summary>The choices made so far while booking, kept with the conversation state.</summary>
public sealed class BookingDraft
{
    public CounselingTopic? Topic { get; set; }
    public int? LibraryId { get; set; }

    /// <summary>A chosen counsellor; null with <see cref="FirstFree"/> means any who fits.</summary>
    public int? CounselorId { get; set; }

    public bool FirstFree { get; set; }
    public Gender? Gender { get; set; }
    public DateOnly? Day { get; set; }
    public int? SlotCounselorId { get; set; }
    public DateTime? SlotStartsAt { get; set; }
    public string? DiscountCode { get; set; }

    /// <summary>The chosen time went to someone else as the person confirmed; the next question names the nearest free one.</summary>
    public bool LostSlot { get; set; }

    /// <summary>Set when moving an existing booking to a new time.</summary>
    public int? MovingBookingId { get; set; }
}
