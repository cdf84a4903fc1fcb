namespace RahZendegi.Tests.Support;

/// <summary>
/// The test classes that run the product as real processes (start-up errors, kill -9, several instances), in two
/// collections: the panel's and the bot's. Within each, one class after another, since each process spends its first
/// seconds compiling the product on the machine's cores; the two collections and the other classes run beside them.
/// </summary>
public static class RealProcesses
{
    public const string Panel = "Real processes: panel";
    public const string Bot = "Real processes: bot";

    [CollectionDefinition(Panel)]
    public sealed class PanelCollection;

    [CollectionDefinition(Bot)]
    public sealed class BotCollection;
}
