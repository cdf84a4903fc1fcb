using RahZendegi.Domain.Counseling;
using RahZendegi.Bot.Conversations;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Bot.Counseling;

public static class CounselingTexts
{
    public const string AskTopic = "برای چه موضوعی مشاوره می‌خواهید؟";

    /// <summary>Said before any booking step and on the help page: a session is days away, these lines answer now.</summary>
    public static string EmergencyLines(string socialEmergency, string welfareCounseling) =>
        "اگر شما یا کسی در کنارتان همین حالا در خطر است، لازم نیست منتظر نوبت بمانید: " +
        $"اورژانس اجتماعی با شمارهٔ {PersianText.ToPersianDigits(socialEmergency)} و صدای مشاور بهزیستی با شمارهٔ {PersianText.ToPersianDigits(welfareCounseling)} " +
        "در دسترس‌اند.";

    public static string AskTopicAfter(string emergencyLines) => $"{emergencyLines}\n\n{AskTopic}";
    public const string AskLibrary = "در کدام کتابخانه؟";
    public const string AskCounselor = "مشاور را انتخاب کنید؛ اگر فرقی نمی‌کند، «هر مشاوری» زمان‌های آزاد همهٔ مشاوران را نشان می‌دهد:";
    public const string AskDay = "یکی از روزهایی را که نوبت آزاد دارد انتخاب کنید:";
    public const string AskTime = "ساعت را انتخاب کنید:";

    public const string FirstFree = "هر مشاوری";
    public const string FirstFreeFemale = "هر مشاور خانم";
    public const string FirstFreeMale = "هر مشاور آقا";
    public const string ConfirmButton = "تأیید و ثبت نوبت";
    public const string ConfirmMoveButton = "تأیید زمان تازه";

    public const string NoLibraries = "فعلاً کتابخانه‌ای برای این موضوع مشاور ندارد. موضوع دیگری را انتخاب کنید.";
    public const string NoFreeDays =
        "فعلاً زمان آزادی برای این انتخاب نیست. «خبرم کن» را بزنید تا اگر زمانی آزاد شد همین‌جا خبرتان کنیم، یا با «بازگشت» مشاور دیگری را امتحان کنید.";
    public const string NoCounselingYet =
        "فعلاً هیچ کتابخانه‌ای مشاور فعال ندارد. از «اطلاع‌رسانی‌ها» خبرهای کتابخانهٔ خود را بگیرید تا از آغاز مشاوره باخبر شوید.";
    public const string NoOtherTimes = "این مشاور فعلاً زمان آزاد دیگری ندارد؛ نوبت شما همان‌طور که بود ماند.";
    public const string SlotTaken = "متأسفیم، این زمان همین حالا رزرو شد و نوبتی برای شما ثبت نشد.";

    public static string NextFree(string when) => $"نزدیک‌ترین زمان آزاد: {when}\nهمان را یا زمان دیگری انتخاب کنید:";
    public const string Overlaps = "در این زمان نوبت دیگری دارید. زمان دیگری انتخاب کنید.";
    public static string NeedsApproval(string? library, string? phone) =>
        $"برای گرفتن نوبت تازه، لطفاً یک بار با {library ?? "کتابخانهٔ خود"} تماس بگیرید" + (phone is null ? "" : $" ({phone})") +
        "؛ دو نوبت قبلی شما برگزار نشد و همکاران کتابخانه برای نوبت بعدی با شما هماهنگ می‌کنند. اگر اشتباهی ثبت شده، همان‌جا درستش می‌کنند.";
    public const string NoBookings = "نوبتی برای روزهای آینده ندارید.";
    public const string Cancelled = "نوبت شما لغو شد و زمان آن برای دیگران آزاد شد.";
    public const string NotActive = "این نوبت دیگر فعال نیست.";
    public const string ComingThanks = "ممنون! منتظرتان هستیم.";
    public const string OfferGone = "مهلت نگه‌داشتن این زمان تمام شده است. می‌توانید از «رزرو مشاوره» زمان دیگری بگیرید.";
    public const string NotifyMeButton = "خبرم کن";
    public const string AnyDay = "هر روزی";
    public const string AskWatchDay = "برای کدام روز، اگر نوبتی آزاد شد، خبرتان کنیم؟";
    public static string Watching(string minutes) => $"باشد؛ اگر نوبتی آزاد شد، همین‌جا خبرتان می‌کنیم و {minutes} دقیقه برایتان نگهش می‌داریم.";

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

    public static string Booked(string trackingCode, string when, string library, string reminders, string howToPay) =>
        $"نوبت شما ثبت شد ✅\nزمان: {when}\nمکان: {library}\nکد پیگیری: {trackingCode}\n{reminders}\n\n{howToPay}";

    public static string Moved(string trackingCode, string when, string reminders) =>
        $"زمان نوبت شما تغییر کرد ✅\nزمان تازه: {when}\nکد پیگیری تازه: {trackingCode}\n{reminders}";

    /// <summary>The reminders this booking will really get (<see cref="BookingReminders.Promised"/>), e.g. «۲۴ ساعت».</summary>
    public static string Reminders(IReadOnlyList<TimeSpan> ahead) => ahead.Count switch
    {
        0 => "نوبت شما نزدیک است؛ یادآوری جداگانه‌ای برایتان نمی‌فرستیم.",
        _ => $"{string.Join(" و ", ahead.Select(Ahead))} پیش از نوبت، همین‌جا به شما یادآوری می‌کنیم.",
    };

    private static string Ahead(TimeSpan lead) => lead.TotalHours >= 24 && lead.TotalHours % 24 == 0
        ? (lead.TotalDays == 1 ? "یک روز" : $"{PersianNumber.Format((long)lead.TotalDays)} روز")
        : lead.TotalMinutes % 60 == 0
            ? $"{PersianNumber.Format((long)lead.TotalHours)} ساعت"
            : $"{PersianNumber.Format((long)lead.TotalMinutes)} دقیقه";

    public static string BookingCard(string when, string library, string counselor, string trackingCode) =>
        $"{when}\nکتابخانه: {library}\nمشاور: {counselor}\nکد پیگیری: {trackingCode}";

    public static string CounselorLabel(string name, bool female) => ButtonText.Fit(name, $" ({(female ? "خانم" : "آقا")})");

    /// <summary>«۱۰:۳۰ · مریم احمدی»: a time of «هر مشاوری», one a row, short enough for a phone.</summary>
    public static string TimeWithCounselor(string time, string name) => ButtonText.Fit(name, $"{time} · ", fixedFirst: true);
}
