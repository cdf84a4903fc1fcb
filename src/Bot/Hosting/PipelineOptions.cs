namespace RahZendegi.Bot.Hosting;

/// <summary>The section <c>Pipeline</c>: how updates are handled and replies sent.</summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>Lanes handle different users in parallel; one user's updates always share a lane.</summary>
    public int Lanes { get; set; } = 16;

    /// <summary>A handler that runs longer is abandoned and the user is told to try again.</summary>
    public TimeSpan UpdateDeadline { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>An unfinished conversation idle this long starts again from the main menu.</summary>
    public TimeSpan ConversationTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public int LongPollSeconds { get; set; } = 25;

    /// <summary>
    /// How long a bot whose messenger cannot long-poll (Bale) waits after an empty getUpdates; empty means the
    /// platform's (<see cref="PlatformCapabilities.IdlePollDelay"/>).
    /// </summary>
    public TimeSpan? IdlePollDelay { get; set; }
    public int MessagesPerSecondPerBot { get; set; } = 30;
    public int MessagesPerSecondPerChat { get; set; } = 1;

    /// <summary>
    /// The pace of broadcast messages, within <see cref="MessagesPerSecondPerBot"/>; empty means the platform's
    /// default (<see cref="PlatformCapabilities.DefaultBroadcastRate"/>).
    /// </summary>
    public int? BroadcastsPerSecondPerBot { get; set; }

    /// <summary>Telegram tolerates a short burst to one chat, such as a reply and a menu.</summary>
    public int ChatBurst { get; set; } = 3;

    /// <summary>How many sends of one bot may be on the wire at once (each to a different chat), so one slow chat holds up no one.</summary>
    public int SendConcurrency { get; set; } = 4;

    /// <summary>The first wait before a failed send (timeout, 5xx) is tried again; later waits grow, with jitter.</summary>
    public TimeSpan SendRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
