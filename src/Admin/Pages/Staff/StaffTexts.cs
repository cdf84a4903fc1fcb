using RahZendegi.Domain.Staff;

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

    public const string StatusActive = "فعال";
    public const string StatusDisabled = "غیرفعال";
    public const string StatusLockedOut = "قفل‌شده";
    public const string StatusMustChange = "باید رمز را عوض کند";
    public const string Manage = "مدیریت حساب";
    public const string BackToList = "بازگشت به فهرست کارکنان";

    public const string DisableButton = "غیرفعال کردن حساب";
    public const string EnableButton = "فعال کردن دوبارهٔ حساب";
    public const string ResetButton = "ساختن رمز موقت تازه";
    public const string UnlockButton = "باز کردن قفل حساب";
    public const string RoleButton = "ذخیرهٔ نقش و کتابخانه‌ها";
    public const string AreYouSure = "آیا مطمئن هستید؟";
    public const string ConfirmDisable = "بله، غیرفعال شود";
    public const string KeepEnabled = "نه، فعال بماند";
    public const string ConfirmReset = "بله، رمز تازه ساخته شود";
    public const string KeepPassword = "نه، رمز فعلی بماند";
    public const string SelfNote = "این حساب خود شماست؛ نمی‌توانید آن را غیرفعال کنید یا از مدیر استانی بودن کنار بگذارید.";

    public static string DisableWarning(string userName) =>
        $"با غیرفعال کردن «{userName}»، هر جا که اکنون در پنل باز است همین حالا بسته می‌شود و تا وقتی دوباره فعالش نکنید نمی‌تواند وارد شود. نقش، کتابخانه‌ها و کارهای ثبت‌شدهٔ او می‌مانند.";

    public static string ResetWarning(string userName) =>
        $"با ساختن رمز موقت تازه، رمز فعلی «{userName}» دیگر کار نمی‌کند و هر جا که اکنون در پنل باز است بسته می‌شود. رمز تازه فقط یک بار به شما نشان داده می‌شود.";

    public static string NewPassword(string userName, string password) =>
        $"رمز موقت تازهٔ «{userName}»: {password} — این رمز فقط همین یک بار نمایش داده می‌شود؛ آن را به خود او بدهید. در نخستین ورود باید عوضش کند.";

    public const string Disabled = "حساب غیرفعال شد و جلسه‌های باز آن بسته شد.";
    public const string Enabled = "حساب دوباره فعال شد و با رمز فعلی خود می‌تواند وارد شود.";
    public const string Unlocked = "قفل حساب باز شد.";
    public const string RoleChanged = "نقش و کتابخانه‌ها ذخیره شد و از صفحهٔ بعدی که او باز کند، به کار می‌رود.";

    public static string Refused(StaffOutcome outcome) => outcome switch
    {
        StaffOutcome.Self => "حساب خودتان را نمی‌توانید غیرفعال کنید یا از مدیر استانی بودن کنار بگذارید.",
        StaffOutcome.LastAdmin => "این تنها مدیر استانی فعال است؛ نخست مدیر استانی دیگری را فعال کنید یا بسازید.",
        StaffOutcome.LibraryRequired => LibraryRequired,
        StaffOutcome.CounselorRequired => CounselorRequired,
        StaffOutcome.UnknownRole => RoleRequired,
        StaffOutcome.NothingToDo => "تغییری لازم نبود؛ حساب همین حالا در این وضعیت است.",
        _ => "این حساب پیدا نشد.",
    };
}
