using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Admin.Pages.Workshops;

public static class WorkshopsPanelTexts
{
    public const string TitleRequired = "عنوان کارگاه را بنویسید.";
    public const string LibraryRequired = "کتابخانه را انتخاب کنید.";
    public const string CapacityRange = "ظرفیت باید عددی بین ۱ و ۱۰۰۰ باشد.";
    public const string CapacityBelowSeats = "ظرفیت از شمارهٔ صندلی‌های گرفته‌شده کمتر است.";
    public const string PriceInvalid = "قیمت پایه را به تومان و با عدد بنویسید.";
    public const string SessionsRequired = "دست‌کم یک جلسه با تاریخ و ساعت شروع و پایان وارد کنید.";
    public const string SessionInvalid = "جلسهٔ ردیف {0}: تاریخ را به شکل ۱۴۰۵/۰۹/۰۸ و ساعت را به شکل ۱۶:۳۰ بنویسید؛ پایان پس از شروع باشد.";
    public const string DeadlineInvalid = "مهلت ثبت‌نام را با تاریخ و ساعت بنویسید.";
    public const string DeadlineAfterStart = "مهلت ثبت‌نام باید پیش از شروع نخستین جلسه باشد.";
    public const string Saved = "کارگاه ذخیره شد.";
    public const string PersonRequired = "کد ملی را بنویسید و «پیش‌نمایش» را بزنید.";
    public const string Closed = "مهلت ثبت‌نام این کارگاه گذشته یا کارگاه لغو شده است.";
    public const string NoticeSent = "ربات هم به او خبر داد.";
    public const string OfferConfirmed = "صندلی برای او قطعی شد.";
    public const string OfferGone = "مهلت این پیشنهاد گذشته یا صندلی دیگر در دسترس نیست.";

    public static string Registered(SignUpResult result) => result.Outcome switch
    {
        SignUpOutcome.Confirmed => $"ثبت‌نام شد؛ شمارهٔ صندلی: {PersianNumber.FormatPlain(result.Registration?.Seat ?? 0)}.",
        SignUpOutcome.Waiting => $"کارگاه پر است؛ نفر {PersianNumber.FormatPlain(result.WaitingPosition ?? 0)} فهرست انتظار شد.",
        SignUpOutcome.AlreadyRegistered when result.Registration?.Seat is { } seat => $"پیش‌تر ثبت‌نام کرده است؛ شمارهٔ صندلی: {PersianNumber.FormatPlain(seat)}.",
        SignUpOutcome.AlreadyRegistered => $"پیش‌تر در فهرست انتظار است؛ نفر {PersianNumber.FormatPlain(result.WaitingPosition ?? 0)}.",
        _ => Closed,
    };

    public const string Announced = "اطلاعیهٔ کارگاه ساخته شد و ربات آن را برای مشترکان می‌فرستد.";

    public static string AttendanceMarked(bool attended) => attended ? "حضور ثبت شد." : "غیبت ثبت شد.";

    public const string AttendanceNotYet = "حضور و غیاب پس از شروع کارگاه و فقط برای صندلی‌های قطعی ثبت می‌شود.";
}
