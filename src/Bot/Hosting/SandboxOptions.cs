namespace RahZendegi.Bot.Hosting;

/// <summary>The section <c>Sandbox</c>: the local messenger started when no bot has a token.</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    public int Port { get; set; } = 5080;
}
