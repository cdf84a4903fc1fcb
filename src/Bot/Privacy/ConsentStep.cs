using Microsoft.Extensions.Options;
using RahZendegi.Bot.Conversations;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Privacy;

namespace RahZendegi.Bot.Privacy;

/// <summary>
/// The privacy notice and its consent, asked once per messenger account before the first personal question. A flow
/// that asks for personal data puts this step first in its table; a declined notice ends at the menu with nothing kept.
/// </summary>
public sealed class ConsentStep(PrivacyConsents consents, IOptions<MembershipOptions> options)
{
    public Question Ask => Question.Choose(PrivacyTexts.Notice(options.Value.ProofRetentionDays), [PrivacyTexts.ConsentButton, PrivacyTexts.DeclineButton], 1);

    /// <summary>Whether this account has not agreed yet, so the step must come first.</summary>
    public async Task<bool> NeededAsync(FlowContext context) =>
        !await consents.HasConsentedAsync(context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);

    /// <summary>Consent is recorded with its time and <paramref name="next"/> fires; a decline leaves for the menu.</summary>
    public async Task<Step<TTrigger>> AnswerAsync<TTrigger>(FlowContext context, string text, TTrigger next)
        where TTrigger : struct, Enum
    {
        switch (text)
        {
            case PrivacyTexts.ConsentButton:
                await consents.RecordAsync(context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
                return Step.Go(next);
            case PrivacyTexts.DeclineButton:
                return Step.Finish(PrivacyTexts.Declined);
            default:
                return Step.Again(CommonTexts.ChooseFromButtons);
        }
    }
}
