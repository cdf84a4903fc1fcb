namespace RahZendegi.Bot.Membership;

public static class MembershipCardTexts
{
    public const string Title = "کارت عضویت کتابخانه‌های عمومی";
    public const string Subtitle = "راه زندگی · کلینیک رز";

    public const string NameLabel = "نام:";
    public const string NumberLabel = "شمارهٔ عضویت:";
    public const string LibraryLabel = "کتابخانه:";
    public const string IssuedOnLabel = "تاریخ صدور:";

    public const string QrCaption = "این کد را در کتابخانه نشان دهید";
}
