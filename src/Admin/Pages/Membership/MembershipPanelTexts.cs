using RahZendegi.Domain.Persian;

namespace RahZendegi.Admin.Pages.Membership;

public static class MembershipPanelTexts
{
    public const string Verified = "گروه عضو تأیید شد و به او در ربات خبر داده می‌شود.";
    public const string Rejected = "گروه عضو تأیید نشد و دلیل آن در ربات برایش فرستاده می‌شود.";
    public const string NothingToDecide = "این عضو تصمیمی در انتظار ندارد.";
    public const string ReasonRequired = "دلیل تأیید نشدن را بنویسید.";
    public const string ReasonTooLong = "دلیل تأیید نشدن حداکثر ۳۰۰ نویسه است.";
    public const string FileRequired = "فایل CSV فهرست کمیته را انتخاب کنید.";
    public const string CategoryRequired = "گروه را انتخاب کنید.";
    public const string NotVerifiedMark = "(تأییدنشده؛ تا تأیید، نرخ عموم مردم)";
    public const string NationalIdInvalid = "کد ملی درست نیست؛ ده رقم آن را دوباره بنویسید.";
    public const string NationalIdTaken = "با این کد ملی پیش‌تر عضوی ثبت شده است.";
    public const string NameInvalid = "نام و نام خانوادگی را با حروف فارسی بنویسید.";
    public const string MobileInvalid = "شمارهٔ همراه را به شکل ۰۹۱۲۳۴۵۶۷۸۹ بنویسید.";
    public const string LibraryRequired = "کتابخانه را انتخاب کنید.";
    public const string LibraryNotAllowed = "این کتابخانه در حوزهٔ دسترسی شما نیست.";

    public const string VerifyButton = "تأیید گروه";
    public const string NotVerifiedButton = "تأیید نمی‌شود، با ذکر دلیل";
    public const string NotVerifiedReason = "دلیل تأیید نشدن";
    public const string StatusPending = "در انتظار تأیید";
    public const string StatusVerified = "تأییدشده";
    public const string StatusNotVerified = "تأییدنشده";

    public const string HasBot = "ربات دارد";
    public const string NoBot = "ربات ندارد";

    public static string DeskSummary(string membershipNumber, string category, bool hasBot) =>
        $"شمارهٔ عضویت {PersianText.ToPersianDigits(membershipNumber)} · {category} · {(hasBot ? HasBot : NoBot)}";

    public static string RegisteredAtDesk(string membershipNumber) =>
        $"عضو ثبت شد. شمارهٔ عضویت: {PersianText.ToPersianDigits(membershipNumber)}";
}
