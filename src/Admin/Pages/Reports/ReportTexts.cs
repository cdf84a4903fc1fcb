using RahZendegi.Domain.Payments;

namespace RahZendegi.Admin.Pages.Reports;

public static class ReportTexts
{
    public const string BadMonth = "ماه را به شکل ۱۴۰۵/۰۹ بنویسید.";
    public const string FromAfterTo = "ماه شروع باید پیش از ماه پایان یا همان ماه باشد.";
    public const string SheetName = "گزارش پرداخت‌ها";
    public const string Total = "جمع کل";
    public const string SubsidyChart = "سهم کمیتهٔ امداد از هزینهٔ هر گروه در هر ماه";

    public static readonly string[] Header =
    [
        "ماه", "کتابخانه", "گروه", "خدمت", "تعداد", "ارزش به نرخ پایه (ریال)", "مبلغ قابل پرداخت (ریال)", "پرداخت‌شده (ریال)",
        "سهم کمیتهٔ امداد (ریال)", "بازپرداخت (ریال)", "تخفیف کتابخانه (ریال)", "مانده (ریال)",
    ];

    public static string Service(PaymentFor service) => service switch
    {
        PaymentFor.Membership => "عضویت",
        PaymentFor.Booking => "جلسهٔ مشاوره",
        _ => "کارگاه",
    };
}
