using RahZendegi.Domain.Persian;

namespace RahZendegi.Admin.Pages.Counseling.Counselors;

/// <summary>The counsellor's messenger page, their leave requests, and the ratings.</summary>
public static class CounselorPanelTexts
{
    public const string MessengerHeading = "حساب پیام‌رسان مشاور";
    public const string MessengerLink = "حساب پیام‌رسان و کد اتصال";
    public const string NoAccounts = "هنوز حساب پیام‌رسانی به این مشاور وصل نشده است.";
    public const string MakeCode = "ساختن کد اتصال";

    public const string HowToLink =
        "با کد اتصال، مشاور در تلگرام یا بله «میز مشاور» خود را باز می‌کند: نوبت‌های امروز و هفته، ثبت برگزاری جلسه، «تأخیر دارم» و «امروز نمی‌آیم». " +
        "کد یک بار مصرف است و ۱۵ دقیقه اعتبار دارد.";

    public static string CodeMade(string code) => $"کد اتصال: {PersianText.ToPersianDigits(code)}";

    public static string SendThis(string code) => $"مشاور این را به ربات بفرستد: ‎/counselor {code}";

    public static string CodeValidUntil(DateTime until) => $"این کد تا ساعت {JalaliDate.FormatTime(until)} اعتبار دارد و فقط همین یک بار نشان داده می‌شود.";

    public static string Linked(DateTime at) => $"وصل‌شده در {JalaliDate.FormatDateTime(at)}";

    public const string UnlinkButton = "جدا کردن";
    public const string AreYouSure = "آیا مطمئن هستید؟";

    public static string UnlinkWarning(string platform) =>
        $"با جدا کردن، این حساب {platform} دیگر «میز مشاور» را نمی‌بیند و خبر نوبت‌ها به آن نمی‌رسد. برای وصل دوباره، کد تازه‌ای لازم است.";

    public const string ConfirmUnlink = "بله، جدا شود";
    public const string KeepLinked = "نه، بماند";
    public const string Unlinked = "حساب پیام‌رسان از مشاور جدا شد.";
    public const string AlreadyUnlinked = "این حساب پیش‌تر جدا شده بود.";
}
