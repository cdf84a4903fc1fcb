namespace RahZendegi.Bot.Sandbox;

public sealed class SandboxServerOptions
{
    /// <summary>Port on 127.0.0.1; 0 picks any free port (tests).</summary>
    public int Port { get; set; } = 8090;
}
