namespace RahZendegi.Domain.Announcements;

/// <summary>What the panel shows when a broadcast cannot be created.</summary>
public static class BroadcastNotices
{
    public const string EmptyText = "متن اطلاعیه خالی است.";
    public const string TextTooLong = "متن اطلاعیه بیش از ۴۰۹۶ نویسه است.";
    public const string CaptionTooLong = "متن اطلاعیهٔ تصویردار بیش از ۱۰۲۴ نویسه است؛ آن را کوتاه‌تر کنید.";
    public const string PhotoTooLarge = "تصویر بزرگ‌تر از ۵ مگابایت است.";
    public const string OneTopic = "برای اطلاعیه دقیقاً یک موضوع انتخاب کنید.";
    public const string InThePast = "زمان ارسال گذشته است.";
    public const string PhotoNotImage = "تصویر باید پروندهٔ JPEG یا PNG باشد.";
    public const string AlreadyStarted = "ارسال این اطلاعیه آغاز شده یا اطلاعیه پیش‌تر لغو شده است؛ دیگر نمی‌شود آن را تغییر داد.";
}
