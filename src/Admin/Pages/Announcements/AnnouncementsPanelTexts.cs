namespace RahZendegi.Admin.Pages.Announcements;

public static class AnnouncementsPanelTexts
{
    public const string TopicRequired = "موضوع اطلاعیه را انتخاب کنید.";
    public const string LibraryRequired = "کتابخانه را انتخاب کنید؛ ارسال به همهٔ کتابخانه‌ها فقط با مدیر استان است.";
    public const string TimeInvalid = "زمان ارسال را با تاریخ (۱۴۰۵/۰۹/۰۸) و ساعت (۱۸:۳۰) بنویسید، یا برای ارسال فوری خالی بگذارید.";
    public const string Created = "اطلاعیه ثبت شد و ربات آن را در زمان خود می‌فرستد.";
}
