namespace RahZendegi.Admin.Pages.Account;

public static class AccountTexts
{
    public const string UserNameRequired = "نام کاربری را وارد کنید.";
    public const string PasswordRequired = "رمز عبور را وارد کنید.";
    public const string WrongCredentials = "نام کاربری یا رمز عبور درست نیست.";
    public const string CurrentPasswordRequired = "رمز عبور فعلی را وارد کنید.";
    public const string NewPasswordRequired = "رمز عبور تازه را وارد کنید.";
    public const string PasswordsDiffer = "رمز عبور و تکرار آن یکسان نیستند.";
    public const string PasswordRules = "رمز عبور باید دست‌کم ۱۰ نویسه و شامل حرف بزرگ و کوچک لاتین و عدد باشد.";
    public const string CurrentPasswordWrong = "رمز عبور فعلی درست نیست.";
    public const string NotAllowed = "ورود با این حساب اکنون ممکن نیست. اگر حساب شماست، با مدیر استانی تماس بگیرید.";
    public const string LockedOut = "به دلیل چند تلاش ناموفق، حساب شما تا ۱۵ دقیقه قفل است. بعداً دوباره تلاش کنید.";
}
