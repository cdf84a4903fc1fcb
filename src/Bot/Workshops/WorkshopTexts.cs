using RahZendegi.Bot.Conversations;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Bot.Workshops;

public static class WorkshopTexts
{
    public const string AskKind = "چه نوع برنامه‌ای را می‌خواهید ببینید؟";
    public const string AskLibrary = "در کدام کتابخانه؟";
    public const string AskWorkshop = "یکی از برنامه‌های پیش رو را انتخاب کنید:";
    public const string AllKinds = "همهٔ برنامه‌ها";
    public const string AllLibraries = "همهٔ کتابخانه‌ها";
    public const string MyRegistrations = "ثبت‌نام‌های من";
    public const string SignUpButton = "ثبت‌نام";
    public const string WaitListButton = "ورود به فهرست انتظار";
    public const string NoneUpcoming = "فعلاً برنامهٔ پیش رویی با این انتخاب نیست. نوع یا کتابخانهٔ دیگری را امتحان کنید.";
    public const string NotFound = "این برنامه پیدا نشد یا دیگر برگزار نمی‌شود.";
    public const string Closed = "مهلت ثبت‌نام در این برنامه تمام شده است.";
    public const string NoRegistrations = "در برنامهٔ پیش رویی ثبت‌نام نکرده‌اید.";
    public const string Cancelled = "ثبت‌نام شما لغو شد.";
    public const string NotActive = "این ثبت‌نام دیگر فعال نیست.";
    public const string OfferGone = "مهلت تأیید این جا تمام شده است؛ جا به نفر بعدی فهرست انتظار رسید.";
    public const string CancelButton = "لغو ثبت‌نام";
    public const string SubscribeButton = "خبرم کنید وقتی برنامه‌ای آمد";

    public static string Subscribed(string kind, string? library) =>
        $"از این پس خبر برنامه‌های تازهٔ «{kind}»" + (library is null ? "" : $" در «{library}»") + " برایتان فرستاده می‌شود. " +
        "موضوع‌ها و کتابخانه را هر وقت خواستید از «اطلاع‌رسانی‌ها» در منوی اصلی تغییر دهید.";

    public static string Confirmed(string title, string when, string howToPay) =>
        $"ثبت‌نام شما در «{title}» انجام شد ✅\nزمان: {when}\nیک روز پیش از برنامه به شما یادآوری می‌کنیم.\n\n{howToPay}";

    public static string Waiting(string title, string position) =>
        $"ظرفیت «{title}» پر است و شما نفر {position} فهرست انتظار هستید. اگر جایی آزاد شد، همین‌جا خبرتان می‌کنیم.";

    public static string AlreadyRegistered(string title) => $"شما پیش‌تر در «{title}» ثبت‌نام کرده‌اید.";

    public static string SeatsLeft(string count) => $"{count} جای خالی";

    public static string SeatsLeftOf(string count, string capacity) => $"{SeatsLeft(count)} از {capacity}";

    public const string Full = "ظرفیت تکمیل";

    /// <summary>«آشنایی با راه‌اندازی کسب‌… · ۱۸ آذر (تکمیل)»: one a row, the title shortened to fit a phone; seats are on its page.</summary>
    public static string Row(string title, JalaliDate date, bool full) =>
        ButtonText.Fit(title, $" · {PersianNumber.FormatPlain(date.Day)} {date.MonthName}" + (full ? " (تکمیل)" : ""));

    public static string Details(string title, string description, string when, string library, string seats, string price) =>
        $"«{title}»\n\n{description}\n\nزمان: {when}\nمکان: {library}\nظرفیت: {seats}\n\nهزینه برای شما:\n{price}";

    public static string DetailsWithoutPrice(string title, string description, string when, string library, string seats) =>
        $"«{title}»\n\n{description}\n\nزمان: {when}\nمکان: {library}\nظرفیت: {seats}";

    public static string OnlyFor(string groups) => $"فقط این گروه‌ها می‌توانند در این برنامه ثبت‌نام کنند: {groups}.";

    public const string OnceVerified = "گروهی که اعلام کرده‌اید در میان آن‌هاست؛ پس از تأیید گروهتان می‌توانید ثبت‌نام کنید.";
    public const string NotEligible = "این برنامه برای گروه شما نیست و ثبت‌نام انجام نشد.";
    public const string OnlyOtherGroups = "برنامه‌های پیش روی این انتخاب ویژهٔ گروه‌های دیگری است. نوع یا کتابخانهٔ دیگری را امتحان کنید.";

    public static string SomeForOtherGroups(string count) => $"{count} برنامهٔ دیگر ویژهٔ گروه‌های دیگری است و اینجا نیامده است.";

    public static string RegistrationCard(string title, string when, string library, string status) =>
        $"«{title}»\nزمان: {when}\nمکان: {library}\nوضعیت: {status}";

    public const string StatusConfirmed = "ثبت‌نام قطعی";
    public const string StatusWaiting = "در فهرست انتظار";

    public static string StatusWaitingAt(string position) => $"{StatusWaiting} (نفر {position})";
    public const string StatusOffered = "منتظر تأیید شما";
}
