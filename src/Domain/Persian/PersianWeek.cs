namespace RahZendegi.Domain.Persian;

// The Iranian week runs Saturday to Friday; schedules and calendars index days this way.
public static class PersianWeek
{
    private static readonly string[] Names =
    [
        "شنبه", "یکشنبه", "دوشنبه", "سه\u200Cشنبه", "چهارشنبه", "پنجشنبه", "جمعه",
    ];

    // Saturday = 0 … Friday = 6
    public static int DayIndex(DayOfWeek day) => ((int)day + 1) % 7;

    public static DayOfWeek DayAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, 6);
        return (DayOfWeek)((index + 6) % 7);
    }

    public static string DayName(DayOfWeek day) => Names[DayIndex(day)];
}
