using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Bot.Counseling;

public static class CounselingTexts
{
    public const string AskTopic = "برای چه موضوعی مشاوره می‌خواهید؟";
    public const string AskLibrary = "در کدام کتابخانه؟";
    public const string AskCounselor = "مشاور را انتخاب کنید، یا اولین نوبت آزاد را بگیرید:";
    public const string AskDay = "یکی از روزهایی را که نوبت آزاد دارد انتخاب کنید:";
    public const string AskTime = "ساعت را انتخاب کنید:";

    public const string FirstFree = "اولین نوبت آزاد";
    public const string FirstFreeFemale = "اولین نوبت با مشاور خانم";
    public const string FirstFreeMale = "اولین نوبت با مشاور آقا";
    public const string ConfirmButton = "تأیید و ثبت نوبت";
    public const string ConfirmMoveButton = "تأیید زمان تازه";

    public const string NoLibraries = "فعلاً کتابخانه‌ای برای این موضوع مشاور ندارد. موضوع دیگری را انتخاب کنید.";
    public const string NoFreeDays = "در روزهای پیش رو نوبت آزادی نیست. مشاور یا کتابخانهٔ دیگری را امتحان کنید.";
    public const string SlotTaken = "این زمان همین حالا رزرو شد. زمان‌های آزاد تازه را ببینید:";
    public const string Overlaps = "در این زمان نوبت دیگری دارید. زمان دیگری انتخاب کنید.";
    public const string NeedsApproval =
        "به دلیل حاضر نشدن در نوبت‌های قبلی، رزرو تازه باید با تأیید کتابخانه انجام شود. لطفاً با کتابخانهٔ خود تماس بگیرید.";
    public const string NoBookings = "شما نوبت پیش رویی ندارید.";
    public const string Cancelled = "نوبت شما لغو شد و زمان آن برای دیگران آزاد شد.";
    public const string NotActive = "این نوبت دیگر فعال نیست.";
    public const string ComingThanks = "ممنون! منتظرتان هستیم.";
    public const string OfferGone = "مهلت نگه‌داشتن این زمان تمام شده است. می‌توانید از «رزرو مشاوره» زمان دیگری بگیرید.";
    public const string NotifyMeButton = "خبرم کن";
    public const string AnyDay = "هر روزی";
    public const string AskWatchDay = "برای کدام روز، اگر نوبتی آزاد شد، خبرتان کنیم؟";
    public const string Watching = "باشد؛ اگر نوبتی آزاد شد، همین‌جا خبرتان می‌کنیم و چند دقیقه برایتان نگهش می‌داریم.";

    public static string TooManyBookings(string count) =>
        $"شما اکنون {count} نوبت پیش رو دارید و بیشتر از این ممکن نیست. می‌توانید از «نوبت‌های من» یکی را لغو یا جابه‌جا کنید.";

    public static string TooLateToCancel(string hours, string library, string? phone) =>
        $"کمتر از {hours} ساعت به نوبت مانده و لغو یا تغییر زمان از اینجا ممکن نیست. لطفاً با {library} تماس بگیرید" +
        (phone is null ? "." : $": {phone}");

    public static string TooLateToCancel(Booking? booking, TimeSpan deadline) => TooLateToCancel(
        PersianNumber.Format((long)deadline.TotalHours),
        booking?.Library?.Name ?? "",
        booking?.Library?.Phone is { Length: > 0 } phone ? PersianText.ToPersianDigits(phone) : null);

    public const string ConfirmCancelButton = "بله، نوبت لغو شود";
    public const string KeepButton = "نه، نوبت بماند";
    public const string Kept = "نوبت شما سر جای خود ماند و لغو نشد.";
    public const string NothingPaid = "پولی برای این نوبت نپرداخته‌اید و با لغو آن چیزی بدهکار نمی‌شوید.";

    public static string AskCancel(string when, string library, string payment) =>
        $"آیا مطمئن هستید؟\nبا لغو، نوبت {when} در {library} از دست می‌رود و این زمان به دیگران داده می‌شود.\n{payment}";

    public static string RefundAtDesk(string amount, string library) =>
        $"مبلغ {amount} که پرداخت کرده‌اید، در پیشخوان {library} به شما برگردانده می‌شود.";

    public static string RefundIfConfirmed(string library) =>
        $"پرداخت شما هنوز در حال تأیید است؛ اگر تأیید شود، مبلغ آن در پیشخوان {library} به شما برگردانده می‌شود.";

    public static string Summary(string counselor, string library, string when, string price) =>
        $"لطفاً نوبت خود را بررسی کنید:\n\nمشاور: {counselor}\nکتابخانه: {library}\nزمان: {when}\n\nهزینه:\n{price}";

    public static string MoveSummary(string counselor, string library, string from, string to) =>
        $"تغییر زمان نوبت:\n\nمشاور: {counselor}\nکتابخانه: {library}\nزمان فعلی: {from}\nزمان تازه: {to}";

    public static string Booked(string trackingCode, string when, string library, string howToPay) =>
        $"نوبت شما ثبت شد ✅\nزمان: {when}\nمکان: {library}\nکد پیگیری: {trackingCode}\nیک روز و دو ساعت پیش از نوبت به شما یادآوری می‌کنیم.\n\n{howToPay}";

    public static string Moved(string trackingCode, string when) =>
        $"زمان نوبت شما تغییر کرد ✅\nزمان تازه: {when}\nکد پیگیری تازه: {trackingCode}";

    public static string BookingCard(string when, string library, string counselor, string trackingCode) =>
        $"{when}\nکتابخانه: {library}\nمشاور: {counselor}\nکد پیگیری: {trackingCode}";

    public static string CounselorLabel(string name, bool female) => $"{name} ({(female ? "خانم" : "آقا")})";
}
