namespace RahZendegi.Domain.Pricing;

/// <summary>A quote explained line by line, for a chat message.</summary>
public static class PriceQuoteText
{
    public static string Describe(PriceQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var lines = new List<string>();
        if (quote.BaseRials > 0)
        {
            lines.Add(PricingTexts.BaseLine(quote.BaseRials));
        }

        if (quote.DiscountPercent > 0)
        {
            lines.Add(PricingTexts.DiscountLine(quote.DiscountPercent, quote.DiscountRials));
        }

        lines.Add(PricingTexts.ToPayLine(quote.ToPayRials));
        if (quote.CategoryPending)
        {
            lines.Add(PricingTexts.CategoryPending);
        }

        return string.Join('\n', lines);
    }
}
