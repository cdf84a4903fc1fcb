namespace RahZendegi.Admin.Pages.Counseling.LeaveRequests;

public static class LeaveRequestTexts
{
    public const string Heading = "درخواست‌های مرخصی مشاوران";
    public const string None = "درخواست مرخصی تازه‌ای نیست.";
    public const string Approve = "تأیید";
    public const string Refuse = "رد";
    public const string Approved = "مرخصی تأیید شد و در این روزها نوبتی داده نمی‌شود؛ به مشاور هم خبر داده می‌شود.";
    public const string Refused = "درخواست رد شد و به مشاور خبر داده می‌شود.";
    public const string AlreadyDecided = "این درخواست پیش‌تر بررسی شده بود.";
    public const string ApproveNote = "با تأیید، زمان‌های آزاد این روزها بسته می‌شود و اگر نوبتی در آن‌ها باشد، در صفحهٔ بعد برای لغو و خبر دادن به مراجعان فهرست می‌شود.";

    public static string Period(string from, string to) => from == to ? from : $"از {from} تا {to}";
}
