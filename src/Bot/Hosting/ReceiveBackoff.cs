namespace RahZendegi.Bot.Hosting;

/// <summary>
/// How long a receiver waits after its N-th failure in a row to reach the messenger (1 s, 2 s, 4 s … 16 s):
/// soon enough for a blip, gentle on a platform that is down.
/// </summary>
public static class ReceiveBackoff
{
    public static TimeSpan After(int failures) => TimeSpan.FromSeconds(Math.Pow(2, Math.Clamp(failures, 1, 5) - 1));
}
