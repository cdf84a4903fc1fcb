using RahZendegi.Bot.Conversations;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Counseling;

/// <summary>«برگزار شد» and «نیامد» under a session on the counsellor's agenda: one tap closes it, then the counsellor's menu.</summary>
public sealed class CounselorButtons(CounselorDay day) : IButtonHandler
{
    public const string HandlerName = "CounselorButtons";
    public const string Feature = "cs";
    private const string Held = "held";
    private const string Missed = "noshow";

    public string Name => HandlerName;

    public static Keyboard For(int bookingId) => Keyboard.Inline(
    [
        new KeyboardButton(CounselorTexts.HeldButton, new CallbackData(Feature, Held, bookingId).ToString()),
        new KeyboardButton(CounselorTexts.NoShowButton, new CallbackData(Feature, Missed, bookingId).ToString()),
    ]);

    public async Task PressAsync(FlowContext context, string? callbackData)
    {
        if (await context.CounselorAsync() is not { } counselor)
        {
            await context.FinishAsync(CounselorTexts.NotACounselor);
            return;
        }

        if (CallbackData.Parse(callbackData) is { Action: Held or Missed, Id: var id } data)
        {
            context.Reply(await day.MarkAsync(counselor.Id, id, data.Action == Held, context.Cancellation) switch
            {
                CounselorMarkOutcome.Marked => data.Action == Held ? CounselorTexts.MarkedHeld : CounselorTexts.MarkedNoShow,
                CounselorMarkOutcome.NotStarted => CounselorTexts.NotStarted,
                _ => CounselorTexts.NotYours,
            });
        }

        await context.StartFlowAsync(CounselorMenuFlow.FlowName);
    }
}
