namespace RahZendegi.Domain.Counseling;

/// <summary>The inline-button actions on a booking, shared by reminders, «نوبت‌های من» and staff notices.</summary>
public static class BookingCallbacks
{
    public const string Feature = "bk";
    public const string Coming = "come";
    public const string Move = "move";
    /// <summary>Asks «آیا مطمئن هستید؟» first; <see cref="CancelConfirmed"/> cancels, <see cref="Keep"/> leaves it.</summary>
    public const string Cancel = "cancel";
    public const string CancelConfirmed = "cancelok";
    public const string Keep = "keep";
    public const string Rebook = "rebook";
    public const string Take = "take";
}
