using RahZendegi.Bot.Hosting;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Admin.Pages.Membership;

public static class LinkedAccountPanelTexts
{
    public const string Heading = "پیام‌رسان‌های وصل‌شده";
    public const string None = "این عضو ربات را در هیچ پیام‌رسانی باز نکرده است؛ خبرها را باید تلفنی به او بدهید.";
    public const string ReachesHere = "پیام‌ها به اینجا می‌رسد";
    public const string UnlinkButton = "جدا کردن";
    public const string AreYouSure = "آیا مطمئن هستید؟";
    public const string ConfirmUnlink = "بله، جدا شود";
    public const string KeepLinked = "نه، وصل بماند";
    public const string AlreadyUnlinked = "این حساب پیش‌تر جدا شده بود.";

    public static string PlatformName(Platform? platform) => platform switch
    {
        Platform.Telegram => "تلگرام",
        Platform.Bale => "بله",
        _ => "پیام‌رسان",
    };

    public static string Linked(DateTime at) => $"وصل‌شده: {JalaliDate.FormatDateTime(at)}";

    public static string LastUsed(DateTime at) => $"آخرین استفاده: {JalaliDate.FormatDateTime(at)}";

    public static string UnlinkWarning(string platform) =>
        $"حساب {platform} از این عضویت جدا می‌شود. آن حساب دیگر نوبت‌ها و ثبت‌نام‌های این عضو را نمی‌بیند و خبری از عضویت به آن نمی‌رسد؛ " +
        "نوبت‌هایی که با آن حساب گرفته است، با همان حساب می‌مانند. صاحب حساب می‌تواند با کد ملی و شمارهٔ خودش دوباره وصل شود.";

    public static string Unlinked(string platform) => $"حساب {platform} از عضویت جدا شد.";
}
