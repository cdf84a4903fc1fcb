namespace RahZendegi.Admin.Pages;

/// <summary>Form errors every feature's pages share: how a date, a time or a period must be typed.</summary>
public static class PanelTexts
{
    public const string DateInvalid = "تاریخ را به شکل ۱۴۰۵/۰۹/۰۸ بنویسید.";
    public const string TimeInvalid = "ساعت را به شکل ۰۹:۳۰ بنویسید.";
    public const string PeriodEndBeforeStart = "پایان باید بعد از شروع باشد.";
}
