using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Counseling;

/// <summary>
/// What the bot sends a counsellor, and a counsellor's word to their clients. The first line is what a lock screen
/// shows: the time and the library, never the topic; the topic and the client's first name follow below.
/// </summary>
public static class CounselorNotices
{
    public static string NewBooking(Booking booking, string library, string client) =>
        $"نوبت تازه: {JalaliDate.FormatDateTime(booking.StartsAt)} در {library}\nمراجع: {client}\nموضوع: {CounselingTopics.NameOf(booking.Topic)}";

    public static string Cancelled(Booking booking, string library, string client) =>
        $"نوبت لغو شد: {JalaliDate.FormatDateTime(booking.StartsAt)} در {library}\nمراجع: {client}\nاین زمان دوباره آزاد است.";

    /// <summary>A client with no name on record (booked without membership).</summary>
    public const string UnnamedClient = "مراجع بدون عضویت";

    public static string Delay(Booking booking, string minutes) =>
        $"نوبت امروز شما، ساعت {JalaliDate.FormatTime(booking.StartsAt)} در {booking.Library?.Name}، حدود {minutes} دقیقه دیرتر آغاز می‌شود.\n" +
        "پوزش می‌خواهیم؛ می‌توانید همین اندازه دیرتر بیایید. نوبت شما سر جایش است.";

    public static string LeaveApproved(DateTime from, DateTime until) =>
        $"مرخصی شما از {JalaliDate.FormatDate(from)} تا {JalaliDate.FormatDate(until.AddMinutes(-1))} تأیید شد و نوبتی در این روزها داده نمی‌شود.";

    public static string LeaveRefused(DateTime from, DateTime until) =>
        $"درخواست مرخصی شما از {JalaliDate.FormatDate(from)} تا {JalaliDate.FormatDate(until.AddMinutes(-1))} تأیید نشد. برای هماهنگی با کتابخانه تماس بگیرید.";
}
