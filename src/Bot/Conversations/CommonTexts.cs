namespace RahZendegi.Bot.Conversations;

/// <summary>
/// Words every flow shares: the back and cancel buttons, the shared discount-code step, and the hints for input no
/// step expects.
/// </summary>
public static class CommonTexts
{
    public const string Back = "بازگشت";
    public const string Cancel = "لغو";
    public const string MainMenu = "منوی اصلی";
    public const string DiscountCodeButton = "کد تخفیف دارم";
    public const string AskDiscountCode = "کد تخفیف خود را بنویسید:";

    public const string Cancelled = "لغو شد. به منوی اصلی برگشتید.";
    public const string ConversationExpired = "گفت‌وگوی قبلی شما مدتی بی‌پاسخ ماند و بسته شد. از منوی اصلی دوباره شروع کنید.";
    public const string UnsupportedMessage = "این نوع پیام را نمی‌توانم بخوانم. لطفاً از دکمه‌ها استفاده کنید یا پاسخ را بنویسید.";
    public const string EditedMessage = "پیام ویرایش‌شده خوانده نمی‌شود. لطفاً پاسخ را در پیام تازه‌ای بفرستید.";
    public const string GroupChat = "من فقط در گفت‌وگوی خصوصی پاسخ می‌دهم. لطفاً به صفحهٔ خصوصی ربات پیام دهید.";
    public const string ChooseFromButtons = "لطفاً یکی از گزینه‌های زیر را انتخاب کنید.";
    public const string StaleButton = "این دکمه دیگر فعال نیست.";
    public const string SomethingWentWrong = "متأسفانه پاسخ شما آماده نشد. لطفاً چند لحظه بعد دوباره تلاش کنید.";
    public const string UnknownCommand = "این فرمان را نمی‌شناسم. از منوی زیر یکی را انتخاب کنید.";
}
