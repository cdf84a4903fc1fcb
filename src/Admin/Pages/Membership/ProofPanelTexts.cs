namespace RahZendegi.Admin.Pages.Membership;

public static class ProofPanelTexts
{
    public const string Heading = "مدرک‌ها";
    public const string None = "مدرکی فرستاده نشده است.";
    public const string Sent = "مدرک فرستاده شده";
    public const string NotForYou = "دیدن مدرک فقط برای کارکنانی است که دربارهٔ گروه این عضو تصمیم می‌گیرند.";
    public const string Photo = "عکس";
    public const string Document = "فایل";
    public const string Download = "دریافت فایل";
    public const string Waiting = "در انتظار تصمیم";
    public const string Cleared = "فایل این مدرک پس از تصمیم و گذشت مدت نگهداری پاک شده است.";
    public const string FetchFailed =
        "دریافت این مدرک از پیام‌رسان ممکن نشد. ممکن است پیام‌رسان موقتاً در دسترس نباشد؛ چند لحظهٔ دیگر دوباره تلاش کنید.";
    public const string TryAgain = "تلاش دوباره";
    public const string Alt = "تصویر مدرک";
    public const string ReasonLabel = "دلیل تأیید نشدن:";
}
