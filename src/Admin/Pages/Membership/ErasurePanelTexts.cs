namespace RahZendegi.Admin.Pages.Membership;

public static class ErasurePanelTexts
{
    public const string Link = "حذف عضویت و اطلاعات این عضو";
    public const string Title = "حذف عضویت و اطلاعات عضو";
    public const string WhatFollows = "اگر حذف را تأیید کنید، موارد زیر انجام می‌شود و برگشت‌پذیر نیست:";
    public const string PersonalFields = "نام، کد ملی، شمارهٔ تلفن و مدرک گروه عضو پاک می‌شود و عضویت بسته می‌شود.";
    public const string FutureServices =
        "نوبت‌های مشاوره و جای او در کارگاه‌های پیش رو لغو می‌شود؛ جای خالی به نفر بعدی فهرست انتظار می‌رسد و پرداخت‌ها طبق قاعدهٔ همیشگی لغو یا بازپرداخت می‌شود.";
    public const string Account = "اشتراک اطلاع‌رسانی‌ها، موافقت با شرایط و گفت‌وگوهای او با ربات پاک می‌شود.";
    public const string Figures = "نوبت‌ها و پرداخت‌های گذشته بی‌نام در آمار و گزارش کمیته می‌ماند؛ جمع گزارش تغییر نمی‌کند.";
    public const string Future = "نوبت‌های پیش رو";
    public const string Seats = "جای کارگاه پیش رو";
    public const string ConfirmButton = "بله، عضویت و اطلاعات حذف شود";
    public const string KeepLink = "نه، به صفحهٔ عضو برگرد";
    public const string Erased = "عضویت و اطلاعات این عضو حذف شد. فقط ردیف‌های بی‌نام برای آمار مانده است.";
    public const string AlreadyErased = "اطلاعات این عضو پیش‌تر حذف شده است.";
}
