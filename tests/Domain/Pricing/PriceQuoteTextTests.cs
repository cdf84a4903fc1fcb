using RahZendegi.Domain.Pricing;

namespace RahZendegi.Tests.Domain.Pricing;

public class PriceQuoteTextTests
{
    [Fact]
    public void Describe_Discounted_ShowsBaseDiscountAndToPay()
    {
        var quote = new PriceQuote(500_000, 40, 200_000, 300_000, DiscountSource.CategoryRule, 7, null, null, false);

        Assert.Equal(
            "مبلغ پایه: ۵۰٬۰۰۰ تومان\nتخفیف (۴۰٪): ۲۰٬۰۰۰ تومان\nمبلغ قابل پرداخت: ۳۰٬۰۰۰ تومان",
            PriceQuoteText.Describe(quote));
    }

    [Fact]
    public void Describe_FullDiscount_SaysFree()
    {
        var quote = new PriceQuote(500_000, 100, 500_000, 0, DiscountSource.CategoryRule, 1, null, null, false);

        Assert.EndsWith("مبلغ قابل پرداخت: رایگان", PriceQuoteText.Describe(quote));
    }

    [Fact]
    public void Describe_NoDiscount_ShowsNoDiscountLine()
    {
        var quote = new PriceQuote(500_000, 0, 0, 500_000, DiscountSource.None, null, null, null, false);

        Assert.Equal("مبلغ پایه: ۵۰٬۰۰۰ تومان\nمبلغ قابل پرداخت: ۵۰٬۰۰۰ تومان", PriceQuoteText.Describe(quote));
    }

    [Fact]
    public void Describe_FreeService_OnlySaysFree()
    {
        var quote = new PriceQuote(0, 0, 0, 0, DiscountSource.None, null, null, null, false);

        Assert.Equal("مبلغ قابل پرداخت: رایگان", PriceQuoteText.Describe(quote));
    }

    [Fact]
    public void Describe_CategoryPending_EndsWithThePendingNote()
    {
        var quote = new PriceQuote(500_000, 0, 0, 500_000, DiscountSource.None, null, null, null, true);

        Assert.EndsWith("\n" + PricingTexts.CategoryPending, PriceQuoteText.Describe(quote));
    }

    [Fact]
    public void CodeHint_EachCheck_HasItsOwnSentence()
    {
        var checks = Enum.GetValues<DiscountCodeCheck>();

        var hints = checks.Select(c => PricingTexts.CodeHint(c, null)).ToList();

        Assert.All(hints, h => Assert.False(string.IsNullOrWhiteSpace(h)));
        Assert.Equal(checks.Length, hints.Distinct().Count());
    }

    [Fact]
    public void CodeHint_WrongService_NamesTheCodesService()
    {
        var code = new DiscountCode { Code = "EMDAD40", Percent = 40, ServiceKind = ServiceKind.Membership };

        Assert.Contains("«عضویت در کتابخانه»", PricingTexts.CodeHint(DiscountCodeCheck.WrongService, code));
    }
}
