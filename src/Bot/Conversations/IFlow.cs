using Stateless.Reflection;

namespace RahZendegi.Bot.Conversations;

/// <summary>One conversation, such as the main menu or membership; its Stateless machine lives inside.</summary>
public interface IFlow
{
    string Name { get; }

    /// <summary>Enters the flow from its first step; the payload comes from a deep link or an entry point.</summary>
    Task StartAsync(FlowContext context, string? payload);

    /// <summary>Handles the person's input in the flow's current state.</summary>
    Task HandleAsync(FlowContext context, UserInput input);

    /// <summary>The flow's machine, for the generated diagram in docs/flows.</summary>
    StateMachineInfo Describe();
}
