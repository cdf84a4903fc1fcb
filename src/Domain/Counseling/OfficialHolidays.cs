using System.Globalization;

namespace RahZendegi.Domain.Counseling;

public static class OfficialHolidays
{
    private static readonly PersianCalendar Calendar = new();

    private static readonly (int Month, int Day, string Name)[] FixedSolar =
    [
        (1, 1, "عید نوروز"),
        (1, 2, "عید نوروز"),
        (1, 3, "عید نوروز"),
        (1, 4, "عید نوروز"),
        (1, 12, "روز جمهوری اسلامی"),
        (1, 13, "روز طبیعت"),
        (3, 14, "رحلت امام خمینی"),
        (3, 15, "قیام ۱۵ خرداد"),
        (11, 22, "پیروزی انقلاب اسلامی"),
        (12, 29, "ملی شدن صنعت نفت"),
    ];

    // Only the holidays fixed in the solar calendar. The lunar (Hijri) holidays move about eleven
    // days a year and are announced officially, so staff add them in the panel each year.
    public static IReadOnlyList<(DateOnly Date, string Name)> FixedSolarHolidays(int jalaliYear) =>
        [.. FixedSolar.Select(h => (DateOnly.FromDateTime(Calendar.ToDateTime(jalaliYear, h.Month, h.Day, 0, 0, 0, 0)), h.Name))];

    public static bool IsFixedSolar(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return FixedSolar.Any(h => h.Month == Calendar.GetMonth(day) && h.Day == Calendar.GetDayOfMonth(day));
    }

    /// <summary>The first and the last day of a Jalali year, as Gregorian dates.</summary>
    public static (DateOnly First, DateOnly Last) JalaliYear(int jalaliYear) =>
        (DateOnly.FromDateTime(Calendar.ToDateTime(jalaliYear, 1, 1, 0, 0, 0, 0)),
         DateOnly.FromDateTime(Calendar.ToDateTime(jalaliYear + 1, 1, 1, 0, 0, 0, 0)).AddDays(-1));
}
