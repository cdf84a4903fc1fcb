namespace RahZendegi.Admin.Pages.Reports;

public static class ReportTexts
{
    public const string BadDate = "تاریخ را به شکل ۱۴۰۵/۰۹/۰۱ بنویسید.";
    public const string FromAfterTo = "تاریخ شروع باید پیش از تاریخ پایان باشد.";

    public static readonly string[] CsvHeader =
        ["کتابخانه", "گروه", "جلسه‌های مشاوره", "جای کارگاه", "ارزش به نرخ پایه (ریال)", "دریافتی (ریال)", "یارانه (ریال)", "درصد غیبت"];
}
