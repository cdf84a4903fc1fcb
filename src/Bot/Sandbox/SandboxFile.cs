using System.Text.Json.Serialization;

namespace RahZendegi.Bot.Sandbox;

/// <summary>
/// A file a user sent (one size of a photo, or a document), kept in memory by the bot that received it. The bytes
/// stay out of the web chat's JSON; the page fetches them by file id.
/// </summary>
public sealed record SandboxFile
{
    public required string FileId { get; init; }
    public required string FileUniqueId { get; init; }

    /// <summary>What getFile answers as file_path, e.g. photos/file_0.jpg; the download is /file/bot{token}/{FilePath}.</summary>
    public required string FilePath { get; init; }

    public required string MimeType { get; init; }

    /// <summary>The name the user's file had; photos have none.</summary>
    public string? FileName { get; init; }

    /// <summary>A photo size's pixels; null for a document.</summary>
    public int? Width { get; init; }
    public int? Height { get; init; }

    // Not required: System.Text.Json refuses a required member it is told to ignore.
    [JsonIgnore]
    public byte[] Content { get; init; } = [];

    public long Size => Content.Length;
}

/// <summary>How getFile or the file download misbehaves, for testing a bot that fetches what users sent.</summary>
public enum SandboxFileFailure
{
    None,

    /// <summary>Every getFile answers 500, as a platform outage would.</summary>
    GetFileServerError,

    /// <summary>Every getFile answers Telegram's 400 "wrong file_id or the file is temporarily unavailable".</summary>
    GetFileUnavailable,

    /// <summary>Every download answers 500 with the platform's JSON error instead of the bytes.</summary>
    DownloadServerError,

    /// <summary>Every download sends half the file, then the connection drops.</summary>
    DownloadCutOff,
}
