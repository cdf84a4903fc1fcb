using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Counseling;

/// <summary>
/// What the bot sends about a booking without being asked. A phone's lock screen shows these to anyone:
/// they name the library and the time, never the topic, the counsellor's specialty or the word for counselling.
/// </summary>
public static class CounselingNotices
{
    public const string ComingButton = "می‌آیم";
    public const string MoveButton = "تغییر زمان";
    public const string CancelButton = "لغو نوبت";
    public const string RebookButton = "انتخاب زمان دیگر";
    public const string TakeButton = "رزرو همین زمان";

    public static string Offer(Booking held) =>
        $"نوبتی که منتظرش بودید آزاد شد: {JalaliDate.FormatDateTime(held.StartsAt)} در {held.Library?.Name}.\n" +
        $"این زمان تا ساعت {JalaliDate.FormatTime(held.HeldUntil ?? held.StartsAt)} برای شما نگه داشته می‌شود.";

    public static string DayReminder(Booking booking, bool changeable) =>
        $"یادآوری: فردا، {JalaliDate.FormatDateTime(booking.StartsAt)}، در {booking.Library?.Name} نوبت دارید.\nکد پیگیری: {PersianText.ToPersianDigits(booking.TrackingCode)}" +
        (changeable ? "" : CallTheLibrary(booking));

    public static string HourReminder(Booking booking, bool changeable) =>
        $"یادآوری: نوبت شما امروز ساعت {JalaliDate.FormatTime(booking.StartsAt)} در {booking.Library?.Name} است.\nکد پیگیری: {PersianText.ToPersianDigits(booking.TrackingCode)}" +
        (changeable ? "" : CallTheLibrary(booking));

    /// <summary>Past the cancellation deadline a reminder offers no cancel or move: who to call instead.</summary>
    private static string CallTheLibrary(Booking booking) => booking.Library?.Phone is { Length: > 0 } phone
        ? $"\nاگر نمی‌توانید بیایید، لطفاً با کتابخانه تماس بگیرید: {PersianText.ToPersianDigits(phone)}"
        : "\nاگر نمی‌توانید بیایید، لطفاً با کتابخانه تماس بگیرید.";

    public static string BookedByStaff(Booking booking, string libraryName) =>
        $"کتابخانه برای شما نوبت گرفت: {JalaliDate.FormatDateTime(booking.StartsAt)} در {libraryName}.\n" +
        $"کد پیگیری: {PersianText.ToPersianDigits(booking.TrackingCode)}\nمبلغ قابل پرداخت: {Money.FormatToman(booking.ToPayRials)}\n" +
        "این نوبت در «نوبت‌های من» آمده است و یادآوری‌اش هم برایتان فرستاده می‌شود.";

    public static string CancelledByStaff(Booking booking, string reason) =>
        $"نوبت شما در {booking.Library?.Name} برای {JalaliDate.FormatDateTime(booking.StartsAt)} لغو شد.\nدلیل: {reason}\nپوزش می‌خواهیم. می‌توانید زمان دیگری انتخاب کنید.";
}
