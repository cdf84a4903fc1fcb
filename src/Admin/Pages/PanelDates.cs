using System.Globalization;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Admin.Pages;

/// <summary>Whole Jalali days typed in the panel: a «to» day is included, so it is stored as the next midnight in Tehran.</summary>
public static class PanelDates
{
    public static bool TryStartOfDay(string? text, out DateTime? utc) => TryParse(text, 0, out utc);

    public static bool TryEndOfDay(string? text, out DateTime? utc) => TryParse(text, 1, out utc);

    public static string? FormatStart(DateTime? utc) => utc is { } u ? JalaliDate.FormatShortDate(u) : null;

    public static string? FormatEnd(DateTime? utc) => utc is { } u ? JalaliDate.FormatShortDate(u.AddSeconds(-1)) : null;

    /// <summary>A Jalali date and a Tehran wall-clock time («۱۸:۳۰»), both required.</summary>
    public static bool TryInstant(string? date, string? time, out DateTime utc)
    {
        utc = default;
        if (!JalaliDate.TryParse(date, out var day) || !TryTime(time, out var clock))
        {
            return false;
        }

        var result = day.ToUtc(clock);
        utc = result.Utc ?? default;
        return result.IsValid;
    }

    /// <summary>A typed time such as «۹:۳۰», "09:30" or «۱۸».</summary>
    public static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(PersianText.Normalize(text).Replace(" ", "", StringComparison.Ordinal), ["H:mm", "HH:mm", "H"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>«۱۸:۳۰», for a form field; JalaliDate.FormatTime is for sentences.</summary>
    public static string FormatTimeField(DateTime utc) => PersianText.ToPersianDigits(JalaliDate.ToTehran(utc).ToString("HH:mm", CultureInfo.InvariantCulture));

    private static bool TryParse(string? text, int addDays, out DateTime? utc)
    {
        utc = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!JalaliDate.TryParse(text, out var date))
        {
            return false;
        }

        var result = date.AddDays(addDays).ToUtc(TimeOnly.MinValue);
        utc = result.Utc;
        return result.IsValid;
    }
}
