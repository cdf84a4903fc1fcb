using RahZendegi.Domain.Persian;

namespace RahZendegi.Admin.Pages.Membership;

public static class NoShowPanelTexts
{
    public const string Heading = "غیبت در نوبت‌های مشاوره";
    public const string ReasonLabel = "دلیل (در گزارش کارها می‌ماند)";
    public const string LiftButton = "اجازهٔ نوبت‌گیری دوباره";
    public const string ReasonRequired = "دلیل اجازهٔ دوباره را بنویسید؛ مثلاً آنچه عضو در تماس تلفنی گفت.";
    public const string ReasonTooLong = "دلیل حداکثر ۳۰۰ نویسه است.";
    public const string NotBlocked = "این عضو اکنون مانعی برای نوبت‌گیری ندارد.";

    public static string Standing(int counted, int limit) => counted >= limit
        ? $"این عضو {PersianNumber.Format(counted)} بار بی‌خبر در نوبت حاضر نشده است و تا شما اجازه ندهید، نه در ربات و نه در میز پذیرش نوبت تازه‌ای برایش ثبت نمی‌شود."
        : counted == 0
            ? "غیبتی ثبت نشده است."
            : $"تا کنون {PersianNumber.Format(counted)} غیبت ثبت شده است؛ با {PersianNumber.Format(limit)} غیبت، نوبت‌گیری تا اجازهٔ دوبارهٔ شما بسته می‌شود.";

    public static string LastLifted(DateTime at) => $"آخرین اجازهٔ دوباره: {JalaliDate.FormatDateTime(at)}؛ غیبت‌های پیش از آن شمرده نمی‌شوند.";

    public static string Lifted(bool hasBot) => hasBot
        ? "عضو دوباره می‌تواند نوبت بگیرد و در ربات به او خبر داده می‌شود."
        : "عضو دوباره می‌تواند نوبت بگیرد؛ او ربات ندارد، پس خودتان به او خبر بدهید.";
}
