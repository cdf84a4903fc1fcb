using RahZendegi.Domain.Pricing;

namespace RahZendegi.Admin.Pages.Workshops;

public static class PosterTexts
{
    public const string PageTitle = "پوستر کارگاه";
    public const string Print = "چاپ پوستر";
    public const string BackToList = "بازگشت به کارگاه‌ها";
    public const string PosterLink = "پوستر";
    public const string Sessions = "زمان برگزاری";
    public const string SessionTime = "{0}، ساعت {1} تا {2}";
    public const string Deadline = "مهلت ثبت‌نام: {0}";
    public const string Place = "محل برگزاری: {0}";
    public const string Prices = "هزینهٔ شرکت";
    public const string Category = "گروه";
    public const string Price = "هزینه";
    public const string Free = PricingTexts.Free;
    public const string SamePrice = "هزینهٔ شرکت برای همه: {0}";
    public const string PriceNote = "تخفیف گروه‌ها پس از تأیید عضویت در کتابخانه اعمال می‌شود.";
    public const string SignUp = "برای ثبت‌نام، کد را با دوربین گوشی بخوانید یا نشانی زیر را باز کنید:";
    public const string TelegramCaption = "ربات تلگرام";
    public const string BaleCaption = "ربات بله";
    public const string QrAlt = "کد QR ثبت‌نام در {0}";
    public const string Cancelled = "این کارگاه لغو شده است؛ پوستر آن را چاپ نکنید.";
    public const string NoBot = "ربات در این برنامه روشن نیست، پس پوستر کد QR ندارد. برای کد QR، پنل را همراه ربات اجرا کنید.";
    public const string UnknownUsername = "نام کاربری ربات «{0}» هنوز معلوم نیست (ربات هنگام شروع به پرسش getMe پاسخ نداد)؛ کد QR آن پس از راه‌اندازی دوباره نشان داده می‌شود.";
}
