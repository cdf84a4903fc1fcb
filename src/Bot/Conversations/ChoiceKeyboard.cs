using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Conversations;

/// <summary>A step's choices as reply buttons, so many to a row, with «بازگشت» and «لغو» underneath.</summary>
public static class ChoiceKeyboard
{
    public static Keyboard For(IEnumerable<string> options, int perRow = 2) => Keyboard.Reply(
    [
        .. options.Chunk(perRow).Select(row => row.Select(o => new KeyboardButton(o)).ToArray()),
        [CommonTexts.Back, CommonTexts.Cancel],
    ]);
}
