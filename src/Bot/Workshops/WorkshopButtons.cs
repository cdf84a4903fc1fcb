using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.Payments;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Bot.Workshops;

/// <summary>
/// The buttons on workshop messages: «تأیید» on a freed seat's offer and «انصراف از ثبت‌نام» act and return to
/// the menu; the button on an announcement opens the programme's page in the workshops flow.
/// </summary>
public sealed class WorkshopButtons(WorkshopService workshops, PaymentLedger payments, PaymentPrompt paymentPrompt) : IButtonHandler
{
    public const string HandlerName = "WorkshopButtons";

    public string Name => HandlerName;

    public async Task PressAsync(FlowContext context, string? callbackData)
    {
        var button = CallbackData.Parse(callbackData);
        if (button is { Action: WorkshopCallbacks.Open })
        {
            await context.StartFlowAsync(EnrollWorkshopFlow.FlowName, EnrollWorkshopFlow.DeepLinkPayload(button.Id));
            return;
        }

        var (bot, user, cancellation) = (context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
        await context.FinishAsync(button switch
        {
            { Action: WorkshopCallbacks.Confirm } => (await workshops.ConfirmOfferAsync(button.Id, bot, user, cancellation)) switch
            {
                { Outcome: ConfirmOfferOutcome.Confirmed, Registration: { Workshop: { } workshop } registration } =>
                    Confirmed(context, registration, workshop),
                { Outcome: ConfirmOfferOutcome.Expired } => WorkshopTexts.OfferGone,
                _ => WorkshopTexts.NotActive,
            },
            { Action: WorkshopCallbacks.Cancel } => await workshops.CancelAsync(button.Id, bot, user, cancellation) == WorkshopCancelOutcome.Cancelled
                ? WorkshopTexts.Cancelled
                : WorkshopTexts.NotActive,
            _ => CommonTexts.StaleButton,
        });
    }

    private string Confirmed(FlowContext context, WorkshopRegistration registration, Workshop workshop)
    {
        var (when, library) = (JalaliDate.FormatDateTime(workshop.StartsAt), workshop.Library?.Name ?? "");
        return WorkshopTexts.Confirmed(workshop.Title, when,
            paymentPrompt.Offer(context, payments.OpenedFor(registration), library, PaymentTexts.SeatFor(workshop.Title, when, library)));
    }
}
