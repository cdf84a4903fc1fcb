using RahZendegi.Domain.Persian;

namespace RahZendegi.Bot.Conversations;

/// <summary>
/// Buttons and what each stands for. Labels may carry Persian digits («۱۰:۳۰») while the person's answer
/// arrives normalised (Latin digits), so answers are matched against normalised labels.
/// </summary>
public sealed class Choices<T>
{
    private readonly List<(string Label, string Key, T Value)> items = [];

    public IReadOnlyList<string> Labels => [.. items.Select(i => i.Label)];

    public int Count => items.Count;

    /// <summary>Adds a choice unless one with the same label exists (the first one wins).</summary>
    public Choices<T> Add(string label, T value)
    {
        var key = PersianText.Normalize(label);
        if (!items.Exists(i => i.Key == key))
        {
            items.Add((label, key, value));
        }

        return this;
    }

    /// <summary>The choice the answer names, kept before <paramref name="next"/> fires; otherwise the question again.</summary>
    public Step<TTrigger> Answer<TTrigger>(string answer, Action<T> keep, TTrigger next) where TTrigger : struct, Enum
    {
        if (!TryMatch(answer, out var value))
        {
            return Step.Again(CommonTexts.ChooseFromButtons);
        }

        keep(value);
        return Step.Go(next);
    }

    public bool TryMatch(string answer, out T value)
    {
        var key = PersianText.Normalize(answer);
        var index = items.FindIndex(i => i.Key == key);
        value = index < 0 ? default! : items[index].Value;
        return index >= 0;
    }
}
