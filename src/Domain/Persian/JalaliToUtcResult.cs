namespace RahZendegi.Domain.Persian;

public enum JalaliDateError
{
    None,
    YearOutOfRange,
    MonthOutOfRange,
    DayOutOfRange,
    TimeDoesNotExist,
}

public sealed record JalaliToUtcResult(DateTime? Utc, JalaliDateError Error)
{
    public bool IsValid => Error == JalaliDateError.None;

    internal static JalaliToUtcResult Succeeded(DateTime utc) => new(utc, JalaliDateError.None);

    internal static JalaliToUtcResult Failed(JalaliDateError error) => new(null, error);
}
