namespace RahZendegi.Bot.Hosting;

/// <summary>The bots this process serves, known once the host has started them.</summary>
public sealed class BotRegistry : IDisposable
{
    private readonly Dictionary<string, BotEndpoint> bots = [];

    public IReadOnlyCollection<BotEndpoint> All => bots.Values;

    /// <summary>Where the sandbox messenger runs when no bot has a token; null when real bots are served.</summary>
    public Uri? SandboxAddress { get; internal set; }

    public BotEndpoint Get(string name) => bots[name];

    /// <summary>The bot of this name, or null when this process does not serve it (any more).</summary>
    public BotEndpoint? Find(string name) => bots.GetValueOrDefault(name);

    internal void Add(BotEndpoint bot) => bots.Add(bot.Name, bot);

    public void Dispose()
    {
        foreach (var bot in bots.Values)
        {
            bot.Dispose();
        }

        bots.Clear();
    }
}
