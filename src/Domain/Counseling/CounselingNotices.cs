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
    public const string CancelButton = "لغو";
    public const string RebookButton = "انتخاب زمان دیگر";
    public const string TakeButton = "رزرو همین زمان";

    public static string Offer(Booking held) =>
        $"نوبتی که منتظرش بودید آزاد شد: {JalaliDate.FormatDateTime(held.StartsAt)} در {held.Library?.Name}.\n" +
        $"این زمان تا ساعت {JalaliDate.FormatTime(held.HeldUntil ?? held.StartsAt)} برای شما نگه داشته می‌شود.";

    public static string DayReminder(Booking booking) =>
        $"یادآوری: فردا، {JalaliDate.FormatDateTime(booking.StartsAt)}، در {booking.Library?.Name} نوبت دارید.\nکد پیگیری: {PersianText.ToPersianDigits(booking.TrackingCode)}";

    public static string HourReminder(Booking booking) =>
        $"یادآوری: نوبت شما امروز ساعت {JalaliDate.FormatTime(booking.StartsAt)} در {booking.Library?.Name} است.\nکد پیگیری: {PersianText.ToPersianDigits(booking.TrackingCode)}";

    public static string BookedByStaff(Booking booking, string libraryName) =>
        $"کتابخانه برای شما نوبت گرفت: {JalaliDate.FormatDateTime(booking.StartsAt)} در {libraryName}.\n" +
        $"کد پیگیری: {PersianText.ToPersianDigits(booking.TrackingCode)}\nمبلغ قابل پرداخت: {Money.FormatToman(booking.ToPayRials)}\n" +
        "این نوبت در «نوبت‌های من» آمده است و یادآوری‌اش هم برایتان فرستاده می‌شود.";

    public static string CancelledByStaff(Booking booking, string reason) =>
        $"نوبت شما در {booking.Library?.Name} برای {JalaliDate.FormatDateTime(booking.StartsAt)} لغو شد.\nدلیل: {reason}\nپوزش می‌خواهیم. می‌توانید زمان دیگری انتخاب کنید.";
}
