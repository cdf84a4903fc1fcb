namespace RahZendegi.Admin.Pages.Account;

public static class AccountTexts
{
    public const string UserNameRequired = "نام کاربری را وارد کنید.";
    public const string PasswordRequired = "رمز عبور را وارد کنید.";
    public const string WrongCredentials = "نام کاربری یا رمز عبور درست نیست.";
    public const string LockedOut = "به دلیل چند تلاش ناموفق، حساب شما تا ۱۵ دقیقه قفل است. بعداً دوباره تلاش کنید.";
}
