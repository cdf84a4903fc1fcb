using RahZendegi.Domain.Pricing;

namespace RahZendegi.Bot.Conversations;

/// <summary>
/// The «کد تخفیف دارم» step the paid flows share (counselling, membership): its question, and the typed code checked
/// for the flow's service at this moment. Each flow's table holds its Summary ⇄ DiscountCode transitions.
/// </summary>
public static class DiscountCodeStep
{
    public static Question Ask { get; } = Question.Choose(CommonTexts.AskDiscountCode, []);

    /// <summary>For a code that ran out between the summary and the confirmation; the flow forgets the code.</summary>
    public static string UsedUpHint { get; } = PricingTexts.CodeHint(DiscountCodeCheck.UsedUp, null);

    /// <summary>Keeps the code as the rules spell it and fires <paramref name="next"/>, or asks again saying why it does not apply.</summary>
    public static async Task<Step<TTrigger>> AnswerAsync<TTrigger>(
        DiscountCodes codes, ServiceKind service, FlowContext context, string typed, Action<string> keep, TTrigger next)
        where TTrigger : struct, Enum
    {
        var (check, code) = await codes.CheckAsync(typed, service, context.Now, context.Cancellation);
        if (check != DiscountCodeCheck.Valid)
        {
            return Step.Again(PricingTexts.CodeHint(check, code));
        }

        keep(code!.Code);
        return Step.Go(next);
    }
}
