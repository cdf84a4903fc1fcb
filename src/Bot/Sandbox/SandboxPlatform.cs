namespace RahZendegi.Bot.Sandbox;

/// <summary>The messenger a sandbox bot plays (docs/platforms/bale-payments.md: where the two differ).</summary>
public enum SandboxPlatform
{
    Telegram,
    Bale,
}
