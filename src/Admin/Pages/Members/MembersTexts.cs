namespace RahZendegi.Admin.Pages.Members;

public static class MembersTexts
{
    public const string Verified = "گروه عضو تأیید شد و به او در ربات خبر داده می‌شود.";
    public const string Rejected = "ادعای گروه رد شد و دلیل آن در ربات به عضو گفته می‌شود.";
    public const string NothingToDecide = "این عضو تصمیمی در انتظار ندارد.";
    public const string ReasonRequired = "دلیل رد را بنویسید.";
    public const string ReasonTooLong = "دلیل رد حداکثر ۳۰۰ نویسه است.";
    public const string FileRequired = "فایل CSV فهرست کمیته را انتخاب کنید.";
    public const string CategoryRequired = "گروه را انتخاب کنید.";
}
