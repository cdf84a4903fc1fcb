using System.Globalization;
using RahZendegi.Bot.Conversations;
using RahZendegi.Domain.Feedback;
using Stateless.Reflection;

namespace RahZendegi.Bot.Feedback;

/// <summary>After a rating: the person may write a comment, or tap «بدون توضیح»; either way they are thanked.</summary>
public sealed class GiveFeedbackFlow(FeedbackService feedback) : IFlow
{
    public const string FlowName = "Feedback";

    internal enum State { Start, Comment }

    internal enum Trigger { Begin, Back }

    public sealed class Draft
    {
        public int FeedbackId { get; set; }
    }

    public string Name => FlowName;

    private static FlowMachine<State, Trigger> CreateMachine(FlowContext context)
    {
        var machine = FlowMachine.Create(context, State.Start, Trigger.Back,
            _ => Task.FromResult(Question.Choose(FeedbackTexts.AskComment, [FeedbackTexts.NoComment], 1)));
        machine.Configure(State.Start).Permit(Trigger.Begin, State.Comment);
        return machine;
    }

    public StateMachineInfo Describe() => CreateMachine(FlowContext.ForDescription(FlowName)).Describe();

    public Task StartAsync(FlowContext context, string? payload)
    {
        context.Draft<Draft>().FeedbackId = int.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
        return CreateMachine(context).FireAsync(Trigger.Begin);
    }

    public Task HandleAsync(FlowContext context, UserInput input) =>
        CreateMachine(context).HandleAsync(input, async _ =>
        {
            if (input.Text != FeedbackTexts.NoComment)
            {
                await feedback.CommentAsync(context.Draft<Draft>().FeedbackId, input.Text, context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
            }

            return Step.Finish(FeedbackTexts.Thanks);
        });
}
