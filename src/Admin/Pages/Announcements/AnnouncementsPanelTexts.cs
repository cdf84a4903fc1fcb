namespace RahZendegi.Admin.Pages.Announcements;

public static class AnnouncementsPanelTexts
{
    public const string TopicRequired = "موضوع اطلاعیه را انتخاب کنید.";
    public const string LibraryRequired = "کتابخانه را انتخاب کنید؛ ارسال به همهٔ کتابخانه‌ها فقط با مدیر استان است.";
    public const string TimeInvalid = "زمان ارسال را با تاریخ (۱۴۰۵/۰۹/۰۸) و ساعت (۱۸:۳۰) بنویسید، یا برای ارسال فوری خالی بگذارید.";
    public const string Created = "اطلاعیه ثبت شد و ربات آن را در زمان خود می‌فرستد.";
    public const string Changed = "تغییرهای اطلاعیه ذخیره شد؛ ربات نسخهٔ تازه را در زمان خود می‌فرستد.";
    public const string EditTitle = "تغییر اطلاعیهٔ در نوبت";
    public const string PhotoLabel = "تصویر (اختیاری، JPEG یا PNG تا ۵ مگابایت؛ متن زیر آن تا ۱۰۲۴ نویسه)";
    public const string KeepsPhoto = "این اطلاعیه تصویر دارد؛ اگر تصویر تازه‌ای نگذارید، همان می‌ماند.";
    public const string RemovePhoto = "تصویر برداشته شود";
    public const string SaveChanges = "ذخیرهٔ تغییرها";
    public const string EditLink = "ویرایش";
    public const string CancelLink = "لغو ارسال";
    public const string CancelTitle = "لغو ارسال اطلاعیه";
    public const string CancelWhatFollows = "این اطلاعیه برای هیچ‌کس فرستاده نمی‌شود و در فهرست با نشان «لغوشده» می‌ماند. این کار بازگشت ندارد؛ برای ارسال دوباره باید اطلاعیهٔ تازه بنویسید.";
    public const string ConfirmCancel = "بله، ارسال لغو شود";
    public const string KeepBroadcast = "نه، در نوبت بماند";
    public const string Cancelled = "ارسال اطلاعیه لغو شد؛ برای هیچ‌کس فرستاده نمی‌شود.";
    public const string CancelledBadge = "لغوشده";
    public const string ScheduledBadge = "در نوبت ارسال";
    public const string WithPhoto = "تصویردار";

    public static string RecipientsNow(string count) => $"شمار گیرندگان اگر اکنون فرستاده می‌شد: {count}";
}
