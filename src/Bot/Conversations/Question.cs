using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Conversations;

/// <summary>A step's question and its buttons, sent each time the step is entered or asked again.</summary>
public sealed record Question(string Text, Keyboard Keyboard)
{
    /// <summary>The question with its choices as buttons, so many to a row, and «بازگشت» and «لغو» underneath.</summary>
    public static Question Choose(string text, IEnumerable<string> options, int perRow = 2) => new(text, ChoiceKeyboard.For(options, perRow));
}
