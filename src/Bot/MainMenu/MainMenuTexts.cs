namespace RahZendegi.Bot.MainMenu;

public static class MainMenuTexts
{
    public const string Membership = "عضویت در کتابخانه";
    public const string Counseling = "رزرو مشاوره";
    public const string Workshops = "کارگاه‌ها و رویدادها";
    public const string MyBookings = "نوبت‌های من";
    public const string Announcements = "اطلاع‌رسانی‌ها";
    public const string Help = "راهنما";
    public const string MyData = "اطلاعات من";

    public const string Welcome =
        "سلام! به «راه زندگی» خوش آمدید 🌱\n" +
        "اینجا می‌توانید عضو کتابخانه‌های عمومی شوید، برای مشاوره در «کلینیک رز» نوبت بگیرید و از کارگاه‌ها و رویدادها باخبر شوید.\n" +
        "یکی از گزینه‌های زیر را انتخاب کنید.";

    public const string MenuPrompt = "یکی از گزینه‌های منوی زیر را انتخاب کنید.";

    public const string HelpText =
        "راهنمای «راه زندگی»:\n" +
        "• «عضویت در کتابخانه»: عضو کتابخانهٔ عمومی شهر خود شوید.\n" +
        "• «رزرو مشاوره»: در کتابخانه برای مشاورهٔ خانواده، فردی، کودک و نوجوان، تحصیلی یا شغلی نوبت بگیرید.\n" +
        "• «کارگاه‌ها و رویدادها»: کارگاه‌های کسب‌وکار و توانمندسازی، برنامه‌های کودک و محفل‌های ادبی و قرآنی.\n" +
        "• «نوبت‌های من»: نوبت‌هایتان را ببینید، لغو یا جابه‌جا کنید.\n" +
        "• «اطلاع‌رسانی‌ها»: موضوع‌هایی را که می‌خواهید درباره‌شان خبر بگیرید انتخاب کنید.\n\n" +
        "هر جا خواستید، دکمهٔ «لغو» شما را به منوی اصلی برمی‌گرداند.";

    /// <summary>The help page: what each item does, then where to turn in an emergency.</summary>
    public static string HelpPage(string emergencyLines) => $"{HelpText}\n\n{emergencyLines}";

    public const string AlreadyAtMenu = "شما در منوی اصلی هستید. یکی از گزینه‌ها را انتخاب کنید.";

    public const string NotAMenuItem = "این گزینه در منو نیست. لطفاً یکی از دکمه‌های زیر را بزنید.";

}
