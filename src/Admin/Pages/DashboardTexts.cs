using RahZendegi.Domain.Persian;

namespace RahZendegi.Admin.Pages;

public static class DashboardTexts
{
    public static string LunarHolidaysMissing(int jalaliYear) =>
        $"تعطیلات رسمی قمری سال {PersianText.ToPersianDigits(jalaliYear.ToString(global::System.Globalization.CultureInfo.InvariantCulture))} هنوز وارد نشده است؛ " +
        "تا وارد نشوند، در آن روزها نوبت مشاوره داده می‌شود.";

    public const string EnterHolidays = "ورود تعطیلات";

    public const string SessionsPerLibraryChart = "نوبت‌های هر هفته در هر کتابخانه";
    public const string AttendanceChart = "حضور و غیبت در جلسه‌های مشاوره";
    public const string Attended = "حاضر";
    public const string NoShow = "غایب";
    public const string NoShowRate = "نرخ غیبت";
    public const string WorkshopFillChart = "پر شدن کارگاه‌های سی روز گذشته و سی روز پیش رو";
    public const string SeatsTaken = "جای گرفته‌شده";

    // «مهارت‌های زندگی · ۱۸ آذر»
    public static string WorkshopLabel(string title, JalaliDate startsOn) => $"{title} · {PersianNumber.FormatPlain(startsOn.Day)} {startsOn.MonthName}";
}
