using System.Net;

namespace RahZendegi.Admin.Hosting;

/// <summary>The section <c>Panel</c>: the proxies in front of the panel, and whether this instance runs the bot worker.</summary>
public sealed class PanelOptions
{
    public const string Section = "Panel";

    /// <summary>
    /// The addresses of the TLS proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the panel believes
    /// (e.g. <c>127.0.0.1</c>); a request from anywhere else is taken as it arrives. Empty: no proxy is believed.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>
    /// False runs the panel alone: no receivers, senders or scheduled rounds, which bot instances (<c>src/Bot</c>) then
    /// run on the same PostgreSQL database.
    /// </summary>
    public bool BotWorker { get; set; } = true;

    public static bool IsAddress(string value) => IPAddress.TryParse(value, out _);

    /// <summary>Read before the services are registered: whether to register the bot worker at all.</summary>
    public static bool RunsBotWorker(IConfiguration configuration) =>
        configuration.GetValue($"{Section}:{nameof(BotWorker)}", defaultValue: true);
}
