using RahZendegi.Domain.Persian;

namespace RahZendegi.Bot.Privacy;

public static class PrivacyTexts
{
    public const string ConsentButton = "موافقم، ادامه می‌دهم";
    public const string DeclineButton = "موافق نیستم";

    /// <summary>The notice before the first personal question: what is kept, who sees it, for how long.</summary>
    public static string Notice(int proofRetentionDays) =>
        "پیش از پرسش‌های عضویت، بدانید چه اطلاعاتی از شما نگه می‌داریم:\n" +
        "• چه چیزی: نام، کد ملی، شمارهٔ تلفن همراه، کتابخانه، گروه شما و عکس مدرک آن، نوبت‌های مشاوره، کارگاه‌ها و پرداخت‌هایتان.\n" +
        "• چه کسی می‌بیند: کارکنان کتابخانهٔ خودتان و مدیر استانی. موضوع مشاوره را فقط مشاور شما و کارکنانی می‌بینند که برای نوبت‌دهی به آن نیاز دارند.\n" +
        $"• تا کی: عکس مدرک {PersianNumber.FormatPlain(proofRetentionDays)} روز پس از بررسی آن پاک می‌شود؛ بقیه تا وقتی که عضویت خود را حذف کنید می‌ماند.\n\n" +
        "هر وقت خواستید، از «اطلاعات من» در منوی اصلی این اطلاعات را ببینید یا حذف کنید.\n" +
        "اگر موافقید، «موافقم، ادامه می‌دهم» را بزنید.";

    public const string Declined =
        "باشد، چیزی از شما ثبت نشد. هر وقت خواستید، می‌توانید دوباره از «عضویت در کتابخانه» شروع کنید.";

    public const string NothingKept = "هیچ اطلاعاتی از شما نزد ما نیست؛ نه عضویتی، نه نوبتی و نه اشتراکی.";

    public const string OverviewTitle = "این‌ها اطلاعاتی است که از شما نگه می‌داریم:";

    public static string MembershipSection(string number, string name, string maskedNationalId, string phone, string library, string category, int proofs) =>
        "عضویت:\n" +
        $"• شمارهٔ عضویت: {number}\n" +
        $"• نام: {name}\n" +
        $"• کد ملی: {maskedNationalId}\n" +
        $"• تلفن همراه: {phone}\n" +
        $"• کتابخانه: {library}\n" +
        $"• گروه: {category}" +
        (proofs > 0 ? $"\n• مدرک گروه: {PersianNumber.FormatPlain(proofs)} فایل" : "");

    public static string BookingsSection(IEnumerable<(string When, string Library)> sessions) =>
        "نوبت‌های مشاورهٔ پیش رو:\n" + string.Join("\n", sessions.Select(s => $"• {s.When}، {s.Library}"));

    public static string SeatsSection(IEnumerable<(string Title, string When, bool Waiting)> seats) =>
        "کارگاه‌ها و رویدادها:\n" + string.Join("\n", seats.Select(s => $"• {s.Title}، {s.When}" + (s.Waiting ? " (در فهرست انتظار)" : "")));

    public static string SubscriptionLine(IReadOnlyList<string> topics) => topics.Count == 0
        ? "اطلاع‌رسانی‌ها: خاموش"
        : "اطلاع‌رسانی‌ها: " + string.Join("، ", topics);

    public static string PaymentsLine(int count, long paidRials) =>
        $"پرداخت‌ها: {PersianNumber.FormatPlain(count)} مورد" + (paidRials > 0 ? $"، جمعاً {Money.FormatToman(paidRials)} پرداخت‌شده" : "");

    public static string ConsentLine(string when) => $"موافقت با شرایط نگهداری اطلاعات: {when}";

    public const string EraseButton = "حذف عضویت و اطلاعات من";
    public const string EraseConfirmButton = "بله، همه را حذف کن";
    public const string EraseKeepButton = "نه، منصرف شدم";

    /// <summary>Exactly what the erasure does, before the person confirms it.</summary>
    public static string EraseWarning(bool member) =>
        "اگر تأیید کنید، موارد زیر انجام می‌شود و برگشت‌پذیر نیست:\n" +
        (member ? "• عضویت شما بسته می‌شود و نام، کد ملی، شمارهٔ تلفن و مدرک گروه شما پاک می‌شود.\n" : "") +
        "• نوبت‌های مشاوره و جای شما در کارگاه‌های پیش رو لغو می‌شود و به نفر بعدی فهرست انتظار می‌رسد. اگر برای آن‌ها پولی پرداخته‌اید، با رسید پرداخت به کتابخانه مراجعه کنید تا به شما پس داده شود.\n" +
        "• اشتراک اطلاع‌رسانی‌ها و گفت‌وگوهای شما با ربات پاک می‌شود.\n" +
        "• نوبت‌ها و پرداخت‌های گذشته فقط به‌صورت بی‌نام در آمار کتابخانه می‌ماند و دیگر به شما ربطی ندارد.\n\n" +
        "آیا مطمئن هستید؟";

    public const string Erased =
        "اطلاعات شما حذف شد. اگر روزی دوباره خواستید، می‌توانید از «عضویت در کتابخانه» از نو عضو شوید.";
}
