namespace RahZendegi.Admin.Pages.Staff;

public static class StaffTexts
{
    public const string UserNameRequired = "نام کاربری را بنویسید (حروف لاتین، عدد، نقطه یا خط تیره).";
    public const string DisplayNameRequired = "نام نمایشی را بنویسید.";
    public const string RoleRequired = "نقش را انتخاب کنید.";
    public const string LibraryRequired = "متصدی کتابخانه باید دست‌کم یک کتابخانه داشته باشد.";
    public const string CounselorRequired = "برای حساب مشاور، مشاور مربوط را انتخاب کنید.";
    public const string UserNameTaken = "این نام کاربری پیش‌تر گرفته شده است.";

    public static string Created(string userName, string password) =>
        $"حساب «{userName}» ساخته شد. رمز موقت: {password} — این رمز فقط همین یک بار نمایش داده می‌شود و در نخستین ورود باید عوض شود.";
}
