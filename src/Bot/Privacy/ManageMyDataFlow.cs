using RahZendegi.Bot.Conversations;
using RahZendegi.Domain.Privacy;
using Stateless.Reflection;

namespace RahZendegi.Bot.Privacy;

/// <summary>
/// «اطلاعات من»: what the service keeps about the person, and «حذف عضویت و اطلاعات من», which says exactly what
/// follows and asks before it erases.
/// </summary>
public sealed class ManageMyDataFlow(PersonalData personalData, PersonalDataErasure erasure) : IFlow
{
    public const string FlowName = "MyData";

    internal enum State { Start, Overview, ConfirmErase }

    internal enum Trigger { Begin, AskErase, Back }

    public string Name => FlowName;

    private FlowMachine<State, Trigger> CreateMachine(FlowContext context) =>
        Configure(FlowMachine.Create(context, State.Start, Trigger.Back, state => QuestionAsync(context, state)));

    private static FlowMachine<State, Trigger> Configure(FlowMachine<State, Trigger> machine)
    {
        machine.Configure(State.Start).Permit(Trigger.Begin, State.Overview);
        machine.Configure(State.Overview).Permit(Trigger.AskErase, State.ConfirmErase);
        machine.Configure(State.ConfirmErase).Permit(Trigger.Back, State.Overview);
        return machine;
    }

    public StateMachineInfo Describe() => CreateMachine(FlowContext.ForDescription(FlowName)).Describe();

    public async Task StartAsync(FlowContext context, string? payload)
    {
        if ((await KeptAsync(context)).IsEmpty)
        {
            await context.FinishAsync(PrivacyTexts.NothingKept);
            return;
        }

        await CreateMachine(context).FireAsync(Trigger.Begin);
    }

    public Task HandleAsync(FlowContext context, UserInput input) =>
        CreateMachine(context).HandleAsync(input, state => AnswerAsync(context, state, input.Text));

    private async Task<Question> QuestionAsync(FlowContext context, State state) => state switch
    {
        State.ConfirmErase => Question.Choose(PrivacyTexts.EraseWarning((await KeptAsync(context)).Member is not null),
            [PrivacyTexts.EraseConfirmButton, PrivacyTexts.EraseKeepButton], 1),
        _ => Question.Choose(MyDataText.Describe(await KeptAsync(context)), [PrivacyTexts.EraseButton], 1),
    };

    private async Task<Step<Trigger>> AnswerAsync(FlowContext context, State state, string text)
    {
        switch (state)
        {
            case State.Overview when text == PrivacyTexts.EraseButton:
                return Step.Go(Trigger.AskErase);
            case State.ConfirmErase when text == PrivacyTexts.EraseConfirmButton:
                await erasure.EraseAsync(context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
                return Step.Finish(PrivacyTexts.Erased);
            case State.ConfirmErase when text == PrivacyTexts.EraseKeepButton:
                return Step.Go(Trigger.Back);
            default:
                return Step.Again(CommonTexts.ChooseFromButtons);
        }
    }

    private Task<KeptData> KeptAsync(FlowContext context) =>
        personalData.WhatIsKeptAsync(context.Conversation.BotName, context.Conversation.UserId, context.Cancellation);
}
