using System.Globalization;

namespace RahZendegi.Domain.Persian;

// A calendar day in the Jalali (Solar Hijri) calendar, as lived in Tehran, plus the formatting
// of UTC instants for people. .NET's PersianCalendar follows the official astronomical calendar
// (e.g. 1403 is a leap year, 1404 to 1407 are not, 1408 is).
public readonly record struct JalaliDate
{
    private static readonly PersianCalendar Calendar = new();

    private static readonly string[] MonthNames =
    [
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
        "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
    ];

    // Iran dropped daylight saving in 2022; the system time zone database knows that and the
    // older rules, so offsets are never written by hand.
    public static TimeZoneInfo TehranTimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tehran");

    private static readonly int MaxYear = Calendar.GetYear(Calendar.MaxSupportedDateTime) - 1;

    private JalaliDate(int year, int month, int day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int Month { get; }

    public int Day { get; }

    public string MonthName => MonthNames[Month - 1];

    public DayOfWeek DayOfWeek => Calendar.GetDayOfWeek(ToGregorianMidnight());

    public static bool IsValid(int year, int month, int day) => Check(year, month, day) == JalaliDateError.None;

    public static bool TryCreate(int year, int month, int day, out JalaliDate date)
    {
        if (!IsValid(year, month, day))
        {
            date = default;
            return false;
        }

        date = new JalaliDate(year, month, day);
        return true;
    }

    // The Tehran calendar day on which a UTC instant falls.
    public static JalaliDate FromUtc(DateTime utc)
    {
        var local = ToTehran(utc);
        return new JalaliDate(Calendar.GetYear(local), Calendar.GetMonth(local), Calendar.GetDayOfMonth(local));
    }

    // Accepts what people type: «۱۴۰۵/۹/۸», "1405-09-08", "1405.9.8", with any digits.
    // The year must have four digits, so "05/9/8" is never guessed at.
    public static bool TryParse(string? text, out JalaliDate date)
    {
        date = default;
        var normalized = PersianText.Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        var parts = normalized.Split(['/', '-', '.', '\u066B']);
        if (parts.Length != 3
            || !IsNumber(parts[0], 4, 4)
            || !IsNumber(parts[1], 1, 2)
            || !IsNumber(parts[2], 1, 2))
        {
            return false;
        }

        return TryCreate(
            int.Parse(parts[0], CultureInfo.InvariantCulture),
            int.Parse(parts[1], CultureInfo.InvariantCulture),
            int.Parse(parts[2], CultureInfo.InvariantCulture),
            out date);
    }

    public static DateTime ToTehran(DateTime utc)
    {
        RequireUtc(utc);
        return TimeZoneInfo.ConvertTimeFromUtc(utc, TehranTimeZone);
    }

    // A Jalali date and a Tehran wall-clock time → the UTC instant to store.
    public static JalaliToUtcResult ToUtc(int year, int month, int day, TimeOnly time)
    {
        var error = Check(year, month, day);
        if (error != JalaliDateError.None)
        {
            return JalaliToUtcResult.Failed(error);
        }

        var local = Calendar.ToDateTime(year, month, day, 0, 0, 0, 0).Add(time.ToTimeSpan());

        // Only possible before 2023, when a clock change skipped an hour.
        if (TehranTimeZone.IsInvalidTime(local))
        {
            return JalaliToUtcResult.Failed(JalaliDateError.TimeDoesNotExist);
        }

        return JalaliToUtcResult.Succeeded(TimeZoneInfo.ConvertTimeToUtc(local, TehranTimeZone));
    }

    public JalaliToUtcResult ToUtc(TimeOnly time) => ToUtc(Year, Month, Day, time);

    public JalaliDate AddDays(int days)
    {
        var moved = ToGregorianMidnight().AddDays(days);
        return new JalaliDate(Calendar.GetYear(moved), Calendar.GetMonth(moved), Calendar.GetDayOfMonth(moved));
    }

    // «شنبه ۸ آذر ۱۴۰۵، ساعت ۱۰:۳۰»
    public static string FormatDateTime(DateTime utc) => $"{FormatDate(utc)}، ساعت {FormatTime(utc)}";

    // «شنبه ۸ آذر ۱۴۰۵»
    public static string FormatDate(DateTime utc) => FromUtc(utc).Format();

    // «۱۰:۳۰»
    public static string FormatTime(DateTime utc) => FormatTime(TimeOnly.FromDateTime(ToTehran(utc)));

    public static string FormatTime(TimeOnly time) =>
        $"{PersianNumber.FormatPadded(time.Hour, 2)}:{PersianNumber.FormatPadded(time.Minute, 2)}";

    // «۱۴۰۵/۰۹/۰۸»
    public static string FormatShortDate(DateTime utc) => FromUtc(utc).FormatShort();

    public string Format() =>
        $"{PersianWeek.DayName(DayOfWeek)} {PersianNumber.FormatPlain(Day)} {MonthName} {PersianNumber.FormatPlain(Year)}";

    // «شنبه ۸ آذر»: a day button within the booking horizon, where the year goes without saying and a phone has no room.
    public string FormatDayAndMonth() => $"{PersianWeek.DayName(DayOfWeek)} {PersianNumber.FormatPlain(Day)} {MonthName}";

    public string FormatShort() =>
        $"{PersianNumber.FormatPadded(Year, 4)}/{PersianNumber.FormatPadded(Month, 2)}/{PersianNumber.FormatPadded(Day, 2)}";

    // ASCII digits, for logs and keys; people see Format or FormatShort.
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year:D4}/{Month:D2}/{Day:D2}");

    private DateTime ToGregorianMidnight() => Calendar.ToDateTime(Year, Month, Day, 0, 0, 0, 0);

    private static JalaliDateError Check(int year, int month, int day)
    {
        if (year < 1 || year > MaxYear)
        {
            return JalaliDateError.YearOutOfRange;
        }

        if (month < 1 || month > 12)
        {
            return JalaliDateError.MonthOutOfRange;
        }

        return day < 1 || day > Calendar.GetDaysInMonth(year, month)
            ? JalaliDateError.DayOutOfRange
            : JalaliDateError.None;
    }

    private static bool IsNumber(string part, int minLength, int maxLength) =>
        part.Length >= minLength && part.Length <= maxLength && part.All(char.IsAsciiDigit);

    // A local or unspecified DateTime here means a clock was read without TimeProvider's UTC,
    // or a value lost its Kind on the way from the database: a bug to surface, not to guess at.
    private static void RequireUtc(DateTime utc)
    {
        if (utc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException($"Expected a UTC instant, got DateTimeKind.{utc.Kind}.", nameof(utc));
        }
    }
}
