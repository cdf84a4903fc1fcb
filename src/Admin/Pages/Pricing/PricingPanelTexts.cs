namespace RahZendegi.Admin.Pages.Pricing;

public static class PricingPanelTexts
{
    public const string PercentRange = "درصد باید بین ۰ تا ۱۰۰ باشد.";
    public const string BadDate = "تاریخ را به شکل ۱۴۰۵/۰۹/۰۸ بنویسید.";
    public const string RangeReversed = "تاریخ پایان باید پس از تاریخ شروع باشد.";
    public const string CodeRequired = "کد تخفیف را بنویسید.";
    public const string CodeTaken = "این کد تخفیف پیش‌تر ساخته شده است.";
    public const string LimitPositive = "سقف استفاده باید عددی مثبت باشد.";
    public const string PriceRequired = "قیمت پایه را به تومان بنویسید.";
    public const string RuleSaved = "قانون تخفیف ذخیره شد.";
    public const string RuleExpired = "قانون تخفیف از امروز منقضی شد.";
    public const string CodeSaved = "کد تخفیف ساخته شد.";
    public const string CodeExpired = "کد تخفیف غیرفعال شد.";

    public static string Kind(Domain.Pricing.ServiceKind kind) => kind switch
    {
        Domain.Pricing.ServiceKind.Membership => "عضویت",
        Domain.Pricing.ServiceKind.Counseling => "مشاوره",
        _ => "کارگاه",
    };
}
