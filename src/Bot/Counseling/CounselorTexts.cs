using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Bot.Counseling;

/// <summary>The counsellor's menu in the bot: their agenda, closing a session, a delay, a day off and a leave request.</summary>
public static class CounselorTexts
{
    /// <summary>The main-menu button a linked counsellor sees, and the command that links one with a code.</summary>
    public const string DeskButton = "میز مشاور";
    public const string Command = "/counselor";

    public const string Today = "نوبت‌های امروز";
    public const string Tomorrow = "نوبت‌های فردا";
    public const string Week = "هفتهٔ پیش رو";
    public const string Delay = "تأخیر دارم";
    public const string DayOff = "امروز نمی‌آیم";
    public const string Leave = "درخواست مرخصی";
    public const string MyRatings = "امتیاز من";
    public const string ClientMenu = "منوی مراجعان";

    public static string MenuPrompt(string name) => $"میز مشاور، {name}: یکی از گزینه‌ها را انتخاب کنید.";

    public static string Linked(string name) =>
        $"این حساب به نام مشاور «{name}» وصل شد ✅\nاز این پس نوبت‌های تازه و لغوشده همین‌جا به شما خبر داده می‌شود.";

    public const string UnknownCode =
        "این کد درست نیست یا مهلت ۱۵ دقیقه‌ای آن گذشته است. از کتابخانه بخواهید در پنل کد تازه‌ای بسازد.";

    public const string TakenByOther = "این حساب به مشاور دیگری وصل است. برای جابه‌جایی، از کتابخانه بخواهید اتصال قبلی را بردارد.";

    public const string NotACounselor =
        "این بخش برای مشاوران است. اگر مشاور هستید، از کتابخانه بخواهید در صفحهٔ شما در پنل «کد اتصال» بسازد و آن را این‌طور بفرستید: ‎/counselor و پس از آن کد.";

    public static string NoSessions(string when) => $"{when} نوبتی ندارید.";

    public static string SessionsCount(string when, int count) => $"{when}: {PersianNumber.Format(count)} نوبت.";

    public const string TodayLabel = "امروز";
    public const string TomorrowLabel = "فردا";
    public const string WeekLabel = "در هفت روز پیش رو";

    public static string Card(string when, string library, string client, CounselingTopic topic, bool paid, BookingStatus status) =>
        $"{when} · {library}\nمراجع: {client}\nموضوع: {CounselingTopics.NameOf(topic)}\n{(paid ? "پرداخت شده" : "پرداخت نشده")}" + status switch
        {
            BookingStatus.Attended => "\nبرگزار شد ✅",
            BookingStatus.NoShow => "\nمراجع نیامد",
            _ => "",
        };

    public const string HeldButton = "برگزار شد";
    public const string NoShowButton = "نیامد";
    public const string MarkedHeld = "ثبت شد: جلسه برگزار شد. از مراجع نظرش را می‌پرسیم.";
    public const string MarkedNoShow = "ثبت شد: مراجع نیامد. این غیبت در سابقهٔ نوبت‌های او شمرده می‌شود.";
    public const string NotStarted = "این جلسه هنوز شروع نشده است؛ پس از شروع آن می‌توانید نتیجه را ثبت کنید.";
    public const string NotYours = "این نوبت در فهرست شما نیست یا دیگر فعال نیست.";

    public const string AskDelay = "چقدر دیرتر می‌رسید؟ به همهٔ مراجعانی که امروز هنوز نوبت دارند خبر می‌دهیم.";
    public static readonly IReadOnlyList<(string Label, int Minutes)> Delays = [("۱۵ دقیقه", 15), ("۳۰ دقیقه", 30), ("۶۰ دقیقه", 60)];
    public static string DelayTold(int clients) => clients == 0
        ? "امروز نوبت دیگری ندارید؛ پیامی برای کسی فرستاده نشد."
        : $"به {PersianNumber.Format(clients)} مراجع امروز خبر دادیم که جلسه‌شان دیرتر آغاز می‌شود.";

    public const string AskDayOffReason = "دلیل را کوتاه بنویسید؛ همین جمله برای مراجعان امروز فرستاده می‌شود (مثلاً «بیماری»):";
    public const string ReasonTooLong = "لطفاً دلیل را کوتاه‌تر بنویسید (تا ۲۰۰ نویسه).";

    public static string AskDayOffConfirm(int sessions, string reason) =>
        $"آیا مطمئن هستید؟\n{(sessions == 0 ? "امروز نوبت دیگری ندارید" : $"{PersianNumber.Format(sessions)} نوبت باقی‌ماندهٔ امروز لغو می‌شود")}، " +
        $"به هر مراجع با دلیل «{reason}» خبر می‌دهیم و زمان دیگری به او پیشنهاد می‌کنیم، و تا پایان امروز نوبتی به شما داده نمی‌شود.";

    public const string DayOffConfirmButton = "بله، امروز لغو شود";
    public const string DayOffKeepButton = "نه، برمی‌گردم";
    public static string DayOffDone(int cancelled) => cancelled == 0
        ? "ثبت شد: تا پایان امروز نوبتی به شما داده نمی‌شود."
        : $"{PersianNumber.Format(cancelled)} نوبت امروز لغو شد؛ به هر مراجع خبر دادیم و زمان دیگری پیشنهاد کردیم.";

    public const string AskLeaveFirst = "مرخصی از چه روزی؟ تاریخ را مثل ۱۴۰۵/۰۹/۲۰ بنویسید:";
    public const string AskLeaveLast = "تا چه روزی (خود آن روز هم مرخصی است)؟ اگر یک روز است، «همان روز» را بزنید:";
    public const string SameDay = "همان روز";
    public const string AskLeaveReason = "توضیحی برای کتابخانه دارید؟ بنویسید، یا «بدون توضیح» را بزنید:";
    public const string NoReason = "بدون توضیح";
    public const string NotADate = "این تاریخ خوانده نشد. آن را مثل ۱۴۰۵/۰۹/۲۰ بنویسید.";
    public const string PastDate = "این روز گذشته است. روزی از امروز به بعد بنویسید.";
    public const string LastBeforeFirst = "روز پایان نباید پیش از روز آغاز باشد.";

    public static string LeaveRequested(string first, string last) =>
        $"درخواست مرخصی شما از {first} تا {last} ثبت شد. کتابخانه آن را بررسی می‌کند و نتیجه را همین‌جا به شما خبر می‌دهیم.";

    public static string Ratings(string average, int count) => $"میانگین امتیاز مراجعان به شما: {average} از ۵ ({PersianNumber.Format(count)} نظر).";
    public const string NoRatings = "هنوز امتیازی برای شما ثبت نشده است.";

    /// <summary>«۴٫۵»: one decimal, Persian digits and the Persian decimal separator.</summary>
    public static string Average(double value) =>
        PersianText.ToPersianDigits(value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)).Replace('.', '٫');
}
