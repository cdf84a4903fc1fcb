namespace RahZendegi.Bot.MainMenu;

/// <summary>
/// What a person reads of the bot before writing to it, set on every start (<see cref="Hosting.BotProfile"/>): the
/// description of an empty chat, the short description on its profile, and the command menu.
/// </summary>
public static class BotProfileTexts
{
    // Telegram allows 512 characters here and 120 in the short description.
    public const string Description =
        "«راه زندگی»، ربات کتابخانه‌های عمومی و «کلینیک رز»: در کتابخانه عضو شوید، نوبت مشاوره بگیرید، " +
        "در کارگاه‌ها و برنامه‌ها ثبت‌نام کنید و خبرهای کتابخانهٔ خود را بگیرید. برای آغاز، دکمهٔ شروع را بزنید.";

    public const string ShortDescription = "عضویت در کتابخانه، نوبت مشاوره، کارگاه‌ها و خبرهای کتابخانه‌های عمومی";

    /// <summary>The commands <see cref="Conversations.EntryPoints"/> answers, in the order of the menu.</summary>
    public static IReadOnlyList<(string Command, string Description)> Commands { get; } =
    [
        ("start", "شروع و منوی اصلی"),
        ("menu", "منوی اصلی"),
        ("help", "راهنما"),
        ("cancel", "لغو کار فعلی و بازگشت به منو"),
    ];
}
