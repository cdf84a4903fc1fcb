namespace RahZendegi.Bot.Conversations;

/// <summary>
/// What a step's answer leads to: a trigger of the flow's transition table, the same question again after a hint,
/// the main menu with closing words, or nothing more (the answer did everything itself, such as sending a card).
/// Build one with <see cref="Step"/>; <see cref="FlowMachine{TState,TTrigger}"/> carries it out.
/// </summary>
public readonly record struct Step<TTrigger>(TTrigger? Trigger, string? Hint, string? Farewell)
    where TTrigger : struct, Enum
{
    public static implicit operator Step<TTrigger>(Step.Untriggered step) => new(null, step.Hint, step.Farewell);
}

public static class Step
{
    public static Step<TTrigger> Go<TTrigger>(TTrigger trigger) where TTrigger : struct, Enum => new(trigger, null, null);

    public static Untriggered Again(string hint) => new(hint, null);

    /// <summary>Leaves the flow: the main menu, with these words above its keyboard.</summary>
    public static Untriggered Finish(string farewell) => new(null, farewell);

    public static Untriggered Done => default;

    /// <summary>A step that fires no trigger, so it fits any flow's <see cref="Step{TTrigger}"/>.</summary>
    public readonly record struct Untriggered(string? Hint, string? Farewell);
}
