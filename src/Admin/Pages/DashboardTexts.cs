using RahZendegi.Domain.Persian;

namespace RahZendegi.Admin.Pages;

public static class DashboardTexts
{
    public static string LunarHolidaysMissing(int jalaliYear) =>
        $"تعطیلات رسمی قمری سال {PersianText.ToPersianDigits(jalaliYear.ToString(System.Globalization.CultureInfo.InvariantCulture))} هنوز وارد نشده است؛ " +
        "تا وارد نشوند، در آن روزها نوبت مشاوره داده می‌شود.";

    public const string EnterHolidays = "ورود تعطیلات";
}
