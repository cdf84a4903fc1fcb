using Stateless.Graph;

namespace RahZendegi.Bot.Conversations;

/// <summary>The Markdown page of a flow's state machine in docs/flows, drawn from the machine itself.</summary>
public static class FlowDiagram
{
    public static string Markdown(IFlow flow) =>
        $"""
        # {flow.Name}

        Generated from the flow's Stateless machine by the tests; do not edit by hand.

        ```mermaid
        {MermaidGraph.Format(flow.Describe()).Trim()}
        ```

        """;
}
