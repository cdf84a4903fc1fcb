namespace RahZendegi.Bot.Conversations;

/// <summary>
/// A feature's inline buttons under the bot's earlier messages (lists, reminders, notices), which work whatever the
/// person is doing. A press acts and answers at once, then leaves the person at the main menu or at the start of a
/// flow: nothing waits for a next answer, so unlike a flow it has no state, no machine and no diagram.
/// </summary>
public interface IButtonHandler
{
    string Name { get; }

    /// <summary>
    /// Acts on a press (the button's callback data). Without one, reached from a main-menu button such as
    /// «نوبت‌های من», it shows the list its buttons sit under.
    /// </summary>
    Task PressAsync(FlowContext context, string? callbackData);
}
