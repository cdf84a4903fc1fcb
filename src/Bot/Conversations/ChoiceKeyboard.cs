using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Conversations;

/// <summary>A step's choices as reply buttons, so many to a row, with «بازگشت» and «لغو» underneath.</summary>
public static class ChoiceKeyboard
{
    public static Keyboard For(IEnumerable<string> options, int perRow = 2) => For(options.Select(o => new KeyboardButton(o)), perRow);

    /// <summary>For buttons that do more than send their label, such as sharing the person's phone number.</summary>
    public static Keyboard For(IEnumerable<KeyboardButton> buttons, int perRow) => Keyboard.Reply(
    [
        .. buttons.Chunk(perRow),
        [CommonTexts.Back, CommonTexts.Cancel],
    ]);
}
