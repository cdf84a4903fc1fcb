namespace RahZendegi.Bot.Announcements;

public static class AnnouncementTexts
{
    public const string AskLibrary = "خبرهای کدام کتابخانه را می‌خواهید؟";
    public const string ChangeLibraryButton = "تغییر کتابخانه";
    public const string SwitchOffButton = "خاموش کردن همهٔ اطلاع‌رسانی‌ها";
    public const string SwitchOnButton = "روشن کردن اطلاع‌رسانی‌ها";
    public const string On = "✅";
    public const string Off = "⬜";
    public const string Saved = "ذخیره شد.";
    public const string NoLibrary = "هنوز انتخاب نشده";

    public static string Settings(string library, bool off) =>
        "اطلاع‌رسانی‌ها: دربارهٔ موضوع‌هایی که تیک دارند، برنامه‌ها و خبرهای کتابخانهٔ شما برایتان فرستاده می‌شود. " +
        "با زدن هر موضوع، آن را روشن یا خاموش کنید.\n\n" +
        $"کتابخانه: {library}\n" +
        (off ? "وضعیت: همهٔ اطلاع‌رسانی‌ها خاموش است." : "وضعیت: روشن");

    public static string Toggle(string topic, bool on) => $"{(on ? On : Off)} {topic}";
}
