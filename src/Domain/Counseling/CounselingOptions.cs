namespace RahZendegi.Domain.Counseling;

/// <summary>The section <c>Counseling</c>: the booking rules staff can tune.</summary>
public sealed class CounselingOptions
{
    public const string Section = "Counseling";

    /// <summary>No slot is offered that starts sooner than this.</summary>
    public TimeSpan MinimumNotice { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How many days ahead slots are offered, counted in Tehran days after today.</summary>
    public int HorizonDays { get; set; } = 14;

    public int MaxFutureBookingsPerUser { get; set; } = 2;

    /// <summary>A person can cancel in the bot until this long before the session; later, they call the library.</summary>
    public TimeSpan CancellationDeadline { get; set; } = TimeSpan.FromHours(3);

    /// <summary>After this many no-shows, booking again needs staff approval.</summary>
    public int NoShowLimit { get; set; } = 2;

    /// <summary>How long a freed slot offered to a waiting person («خبرم کن») is kept for them.</summary>
    public TimeSpan OfferHold { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan DayReminder { get; set; } = TimeSpan.FromHours(24);
    public TimeSpan HourReminder { get; set; } = TimeSpan.FromHours(2);
}
