using RahZendegi.Domain.Persian;

namespace RahZendegi.Bot.Privacy;

public static class PrivacyTexts
{
    public const string ConsentButton = "موافقم، ادامه می‌دهم";
    public const string DeclineButton = "موافق نیستم";

    /// <summary>The notice before the first personal question: what is kept, who sees it, for how long.</summary>
    public static string Notice(int proofRetentionDays) =>
        "پیش از پرسش‌های عضویت، بدانید چه چیزهایی از شما نگه می‌داریم:\n" +
        "• چه چیزی: نام، کد ملی، شمارهٔ تلفن همراه، کتابخانه، گروه شما و عکس مدرک آن، نوبت‌های مشاوره، کارگاه‌ها و پرداخت‌هایتان.\n" +
        "• چه کسی می‌بیند: کارکنان کتابخانهٔ خودتان و مدیر استانی. موضوع مشاوره را فقط مشاور شما و کارکنانی می‌بینند که برای نوبت‌دهی به آن نیاز دارند.\n" +
        $"• تا کی: عکس مدرک {PersianNumber.FormatPlain(proofRetentionDays)} روز پس از بررسی آن پاک می‌شود؛ بقیه تا وقتی که عضویت خود را حذف کنید می‌ماند.\n\n" +
        "هر وقت خواستید، از «اطلاعات من» در منوی اصلی این اطلاعات را ببینید یا حذف کنید.\n" +
        "اگر موافقید، «موافقم، ادامه می‌دهم» را بزنید.";

    public const string Declined =
        "باشد، چیزی از شما ثبت نشد. هر وقت خواستید، می‌توانید دوباره از «عضویت در کتابخانه» شروع کنید.";
}
