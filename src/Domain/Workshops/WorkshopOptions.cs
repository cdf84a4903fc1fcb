namespace RahZendegi.Domain.Workshops;

/// <summary>The section <c>Workshops</c>.</summary>
public sealed class WorkshopOptions
{
    public const string Section = "Workshops";

    /// <summary>How long a freed seat waits for the first person on the waiting list to tap «تأیید».</summary>
    public TimeSpan OfferTime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long before the first session the reminder goes out.</summary>
    public TimeSpan Reminder { get; set; } = TimeSpan.FromHours(24);
}
