using RahZendegi.Bot.MainMenu;
using Stateless;

namespace RahZendegi.Bot.Conversations;

public static class FlowNavigation
{
    /// <summary>
    /// «بازگشت»: the previous step when the machine has one from here, otherwise the main menu.
    /// True when the person is still in the flow (so its draft should be kept).
    /// </summary>
    public static async Task<bool> GoBackAsync<TState, TTrigger>(this FlowContext context, StateMachine<TState, TTrigger> machine, TTrigger back)
    {
        if (machine.CanFire(back))
        {
            await machine.FireAsync(back);
            return true;
        }

        await context.StartFlowAsync(MainMenuFlow.FlowName, MainMenuFlow.WithMessage(MainMenuTexts.MenuPrompt));
        return false;
    }
}
