using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Pricing;

public static class PricingTexts
{
    public const string Free = "رایگان";

    public const string CategoryPending =
        "گروهی که اعلام کرده‌اید هنوز تأیید نشده است؛ تا تأیید آن، مبلغ بدون تخفیف این گروه حساب شده است. پس از تأیید به شما خبر می‌دهیم.";

    public const string CodeNotNeeded = "تخفیف شما بدون کد بیشتر یا برابر است؛ کد تخفیف استفاده نشد و برای بعد باقی می‌ماند.";

    public static string BaseLine(long rials) => $"مبلغ پایه: {Money.FormatToman(rials)}";

    public static string DiscountLine(int percent, long rials) => $"تخفیف ({Money.FormatPercent(percent)}): {Money.FormatToman(rials)}";

    public static string ToPayLine(long rials) => $"مبلغ قابل پرداخت: {(rials == 0 ? Free : Money.FormatToman(rials))}";

    public static string ServiceName(ServiceKind kind) => kind switch
    {
        ServiceKind.Membership => "عضویت در کتابخانه",
        ServiceKind.Counseling => "مشاوره",
        ServiceKind.Workshop => "کارگاه‌ها",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    // The answer to a typed code; `code` is the one found, when it was found.
    public static string CodeHint(DiscountCodeCheck check, DiscountCode? code) => check switch
    {
        DiscountCodeCheck.Valid => $"کد تخفیف پذیرفته شد: {Money.FormatPercent(code?.Percent ?? 0)} تخفیف.",
        DiscountCodeCheck.NotFound => "این کد تخفیف پیدا نشد. لطفاً آن را دوباره بررسی کنید.",
        DiscountCodeCheck.Inactive => "این کد تخفیف دیگر فعال نیست.",
        DiscountCodeCheck.Expired => "مهلت استفاده از این کد تخفیف تمام شده است.",
        DiscountCodeCheck.UsedUp => "ظرفیت استفاده از این کد تخفیف تکمیل شده است.",
        DiscountCodeCheck.WrongService => code is null
            ? "این کد تخفیف برای این خدمت نیست."
            : $"این کد تخفیف برای «{ServiceName(code.ServiceKind)}» است و برای این خدمت به کار نمی‌رود.",
        _ => throw new ArgumentOutOfRangeException(nameof(check), check, null),
    };
}
