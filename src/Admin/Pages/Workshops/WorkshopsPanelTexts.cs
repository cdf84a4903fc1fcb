using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Pricing;
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
        SignUpOutcome.CodeUsedUp => PricingTexts.CodeHint(DiscountCodeCheck.UsedUp, null) + " ثبت‌نام انجام نشد.",
        SignUpOutcome.NotEligible => NotEligible,
        _ => Closed,
    };

    public const string NotEligible = "این کارگاه برای گروه این فرد نیست؛ ثبت‌نام انجام نشد. گروه‌های مجاز در صفحهٔ ویرایش کارگاه آمده است.";
    public const string GroupsTitle = "گروه‌ها و قیمت هر گروه";
    public const string GroupsHelp = "گروهی را که نمی‌تواند ثبت‌نام کند بردارید. قیمت هر گروه جای قیمت پایه و تخفیف‌های عمومی را برای همین کارگاه می‌گیرد؛ خالی یعنی همان قیمت پایه با تخفیف‌های عمومی. گروه هر کس همان گروه تأییدشدهٔ اوست.";
    public const string GroupOpenLabel = "می‌تواند ثبت‌نام کند";
    public const string GroupPriceLabel = "قیمت این گروه (تومان)";
    public const string GroupPricePlaceholder = "خالی: قیمت پایه با تخفیف عمومی";
    public const string NoGroupOpen = "دست‌کم یک گروه باید بتواند ثبت‌نام کند.";
    public const string GroupPriceInvalid = "قیمت گروه «{0}» را به تومان و با عدد بنویسید، یا خالی بگذارید.";

    public const string DiscountCodeLabel = "کد تخفیف (اگر دارد)";

    public const string Announced = "اطلاعیهٔ کارگاه ساخته شد و ربات آن را برای مشترکان می‌فرستد.";

    public static string AttendanceMarked(bool attended) => attended ? "حضور ثبت شد." : "غیبت ثبت شد.";

    public const string AttendanceNotYet = "حضور و غیاب پس از شروع کارگاه و فقط برای صندلی‌های قطعی ثبت می‌شود.";

    public const string CancelWorkshopLink = "لغو کل کارگاه";
    public const string CancelSeatLink = "لغو ثبت‌نام";
    public const string CancelWorkshopTitle = "لغو کل کارگاه";
    public const string CancelSeatTitle = "لغو ثبت‌نام یک نفر";
    public const string CannotUndo = "این کار بازگشت ندارد.";
    public const string ReasonLabel = "دلیل (در پیام ربات و گزارش کارها می‌آید)";
    public const string ReasonRequired = "دلیل لغو را بنویسید.";
    public const string ConfirmCancelWorkshop = "بله، کارگاه لغو شود";
    public const string ConfirmCancelSeat = "بله، ثبت‌نام لغو شود";
    public const string KeepWorkshop = "نه، کارگاه برگزار می‌شود";
    public const string KeepSeat = "نه، ثبت‌نام بماند";
    public const string WorkshopCancelled = "کارگاه لغو شد و ربات به ثبت‌نام‌کنندگان خبر می‌دهد.";
    public const string SeatCancelled = "ثبت‌نام لغو شد؛ اگر صندلی آزاد شد، به نفر اول فهرست انتظار پیشنهاد می‌شود.";
    public const string NothingToCancel = "این ثبت‌نام یا کارگاه پیش‌تر لغو شده یا به پایان رسیده است.";
    public const string CancelledBadge = "این کارگاه لغو شده است.";

    public static string WorkshopImpact(WorkshopCancellationImpact impact) =>
        $"{PersianNumber.Format(impact.Seats)} صندلی گرفته‌شده و {PersianNumber.Format(impact.Waiting)} نفر در فهرست انتظار لغو می‌شوند " +
        "(ثبت‌نام‌های حضوری هم). هر کس ربات دارد، پیام لغو و دلیل آن را می‌گیرد؛ به کسانی که ربات ندارند، کتابخانه خبر می‌دهد. " +
        (impact.Paid == 0
            ? "هیچ‌کس هنوز پولی نپرداخته است؛ پرداخت‌های باز بسته می‌شوند."
            : $"{PersianNumber.Format(impact.Paid)} نفر پرداخت کرده‌اند ({Money.FormatToman(impact.PaidRials)})؛ این مبلغ در صندوق کتابخانه به آن‌ها بازگردانده می‌شود و پرداخت‌های باز بسته می‌شوند.");

    public static string SeatImpact(string? name, int? seat, bool hasBot, long? paidRials) =>
        $"{name ?? "کاربر ربات"}، " + (seat is { } s ? $"صندلی {PersianNumber.FormatPlain(s)}" : "فهرست انتظار") + ". " +
        (hasBot ? "ربات لغو و دلیل آن را به او خبر می‌دهد. " : "او ربات ندارد؛ کتابخانه به او خبر می‌دهد. ") +
        (paidRials is { } paid
            ? $"او {Money.FormatToman(paid)} پرداخته است؛ این مبلغ در صندوق کتابخانه به او بازگردانده می‌شود. "
            : "پرداخت باز او بسته می‌شود. ") +
        (seat is null ? "" : "صندلی آزادشده به نفر اول فهرست انتظار پیشنهاد می‌شود.");
}
