namespace RahZendegi.Bot.Monitoring;

/// <summary>The section <c>Monitoring</c>: health thresholds, the bot host's own listener, and OTLP.</summary>
public sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    /// <summary>
    /// Where the bot host alone answers <c>/health/live</c>, <c>/health/ready</c> and <c>/metrics</c> (the panel answers
    /// them on its own address).
    /// </summary>
    public string Listen { get; set; } = "http://127.0.0.1:8480";

    /// <summary>Ready only while every enabled bot had a successful call to its messenger within this time.</summary>
    public TimeSpan BotSilence { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Ready only while the oldest unsent reply is younger than this.</summary>
    public TimeSpan ReplyAge { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>An OTLP collector's address (e.g. <c>http://127.0.0.1:4317</c>); empty sends no OTLP.</summary>
    public string OtlpEndpoint { get; set; } = "";
}
