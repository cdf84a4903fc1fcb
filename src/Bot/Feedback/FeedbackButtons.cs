using RahZendegi.Bot.Conversations;
using RahZendegi.Domain.Feedback;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Feedback;

/// <summary>The 1–5 buttons under the question after a session or a workshop: the rating is kept, then an optional comment.</summary>
public sealed class FeedbackButtons(FeedbackService feedback) : IButtonHandler
{
    public const string HandlerName = "FeedbackButtons";

    public string Name => HandlerName;

    public async Task PressAsync(FlowContext context, string? callbackData)
    {
        var rated = CallbackData.Parse(callbackData) is { Action: var action, Id: var id } && FeedbackCallbacks.Parse(action) is var (kind, rating)
            ? await feedback.RateAsync(kind, id, rating, context.Conversation.BotName, context.Conversation.UserId, context.Cancellation)
            : null;
        if (rated is null)
        {
            await context.FinishAsync(FeedbackTexts.Gone);
            return;
        }

        // The rating's row exists (it was made with the question), so its id is known for the comment.
        await context.StartFlowAsync(GiveFeedbackFlow.FlowName, rated.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
