using RahZendegi.Domain.Counseling;

namespace RahZendegi.Admin.Pages.Counseling;

/// <summary>Messages the counselling pages set from their models: errors and confirmations.</summary>
public static class CounselingPageTexts
{
    public const string CancelReasonRequired = "دلیل لغو را بنویسید؛ برای مراجع فرستاده می‌شود.";
    public const string BookingNotFound = "این نوبت پیدا نشد یا دیگر قابل تغییر نیست.";
    public const string MarkedAttended = "حضور مراجع ثبت شد.";
    public const string MarkedNoShow = "غیبت مراجع ثبت شد.";
    public const string Cancelled = "نوبت لغو شد و به مراجع خبر داده می‌شود.";

    public const string SlotGone = "این زمان دیگر آزاد نیست؛ زمان دیگری انتخاب کنید.";
    public const string PersonRequired = "کد ملی مراجع را بنویسید و «پیش‌نمایش» را بزنید.";
    public const string BookedForPerson = "نوبت ثبت شد.";
    public const string BookedNoticeSent = "ربات هم نوبت را برای مراجع فرستاد.";
    public const string BookedReadOut = "این برگه را برای مراجع بخوانید یا چاپ کنید.";

    public static string BookingRefused(BookingError error) => error switch
    {
        BookingError.SlotTaken => SlotGone,
        BookingError.TooManyBookings => "این مراجع به اندازهٔ سقف مجاز نوبت آینده دارد؛ پیش از نوبت تازه، یکی از آن‌ها باید برگزار یا لغو شود.",
        BookingError.Overlaps => "این مراجع در همین ساعت نوبت دیگری دارد.",
        BookingError.NeedsApproval => "این مراجع به سقف غیبت‌های بی‌خبر رسیده است. اگر با او صحبت کرده‌اید، در صفحهٔ عضو «اجازهٔ نوبت‌گیری دوباره» را بزنید و دلیل را بنویسید؛ سپس نوبت را ثبت کنید.",
        BookingError.DiscountCodeUsedUp => "ظرفیت این کد تخفیف تمام شده است؛ بدون کد دوباره پیش‌نمایش بگیرید.",
        _ => SlotGone,
    };

    public const string NameRequired = "نام مشاور را بنویسید.";
    public const string SpecialtyRequired = "دست‌کم یک تخصص را انتخاب کنید.";
    public const string SessionMinutesRange = "مدت جلسه باید بین ۱۵ تا ۱۸۰ دقیقه باشد.";
    public const string GapMinutesRange = "فاصله میان جلسه‌ها باید بین ۰ تا ۶۰ دقیقه باشد.";
    public const string PriceRange = "مبلغ پایه را به تومان و بدون اعشار بنویسید.";
    public const string EndBeforeStart = "پایان بازه باید بعد از شروع آن باشد (۰۰:۰۰ یعنی نیمه‌شب).";
    public const string RangesOverlap = "بازه‌های یک روز نباید روی هم بیفتند.";
    public const string LibraryNotAllowed = "این کتابخانه در حوزهٔ دسترسی شما نیست.";
    public const string DayInvalid = "روز هفته را انتخاب کنید.";
    public const string CounselorSaved = "اطلاعات مشاور ذخیره شد.";
    public const string LeaveAdded = "مرخصی ثبت شد.";
    public const string LeaveDeleted = "مرخصی حذف شد.";
    public static string BrokenCancelled(int count) =>
        $"{Domain.Persian.PersianNumber.Format(count)} نوبت لغو شد و به مراجعان خبر داده می‌شود.";

    public const string HolidayNameRequired = "نام تعطیلی را بنویسید.";
    public const string HolidayExists = "برای این روز تعطیلی ثبت شده است.";
    public const string HolidayAdded = "تعطیلی ثبت شد.";
    public const string HolidayDeleted = "تعطیلی حذف شد.";

    public static string StatusName(BookingStatus status) => status switch
    {
        BookingStatus.Confirmed => "قطعی",
        BookingStatus.Attended => "حاضر شد",
        BookingStatus.NoShow => "غیبت",
        BookingStatus.CancelledByUser => "لغو به دست مراجع",
        BookingStatus.CancelledByStaff => "لغو به دست کتابخانه",
        BookingStatus.Rescheduled => "جابه‌جا شده",
        BookingStatus.Held => "نگه‌داشته برای منتظر",
        BookingStatus.HoldExpired => "نگه‌داری تمام شد",
        _ => status.ToString(),
    };

    public static string GenderName(Gender gender) => gender == Gender.Female ? "زن" : "مرد";
}
