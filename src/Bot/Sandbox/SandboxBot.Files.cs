using System.Globalization;
using System.Text.Json.Nodes;

namespace RahZendegi.Bot.Sandbox;

/// <summary>
/// The files users send, kept as the platforms keep them: with the bot that received them (another bot's token finds
/// nothing), getFile hands out a path, and /file/bot{token}/{file_path} serves the bytes while that path is valid.
/// </summary>
public sealed partial class SandboxBot
{
    // Telegram: "bots can download files of up to 20MB in size"; Bale's client libraries give the same ceiling.
    private const long MaxDownloadBytes = 20L * 1024 * 1024;

    // Telegram guarantees a file_path for "at least 1 hour"; the sandbox keeps it exactly that long.
    private static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(1);

    private readonly Dictionary<string, StoredFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredFile> _filePaths = new(StringComparer.Ordinal);
    private int _nextFilePath;

    /// <summary>A file a user sent this bot, by its file id; null for an id this bot never gave out.</summary>
    public SandboxFile? UserFile(string fileId)
    {
        lock (_gate)
            return _files.GetValueOrDefault(fileId)?.File;
    }

    /// <summary>How often the bot downloaded this file in full.</summary>
    public int FileDownloads(string fileId)
    {
        lock (_gate)
            return _files.GetValueOrDefault(fileId)?.Downloads ?? 0;
    }

    private IReadOnlyList<SandboxFile> StorePhoto(IReadOnlyList<SandboxImage> sizes) =>
        [.. sizes.Select(size => Store("photo", "photos", size.Extension, size.MimeType, null, size.Content, size.Width, size.Height))];

    private SandboxFile StoreDocument(byte[] content, string fileName, string mimeType) =>
        Store("document", "documents", SandboxMedia.ExtensionOf(fileName), mimeType, fileName, content, null, null);

    private SandboxFile Store(
        string kind, string folder, string extension, string mimeType, string? fileName, byte[] content, int? width, int? height)
    {
        var fileId = NextFileId(kind);
        lock (_gate)
        {
            var path = $"{folder}/file_{(_nextFilePath++).ToString(CultureInfo.InvariantCulture)}{extension}";
            var file = new SandboxFile
            {
                FileId = fileId,
                FileUniqueId = "u" + fileId,
                FilePath = path,
                MimeType = mimeType,
                FileName = fileName,
                Width = width,
                Height = height,
                Content = content,
            };
            var stored = new StoredFile(file);
            _files[fileId] = stored;
            _filePaths[path] = stored;
            return file;
        }
    }

    private JsonNode GetFile(BotApiArguments args)
    {
        var fileId = args.String("file_id");
        if (string.IsNullOrEmpty(fileId))
            throw new BotApiException(400, "Bad Request: file_id not specified");
        lock (_gate)
        {
            if (_fileFailure == SandboxFileFailure.GetFileServerError)
                throw new BotApiException(500, "Internal Server Error");
            if (_fileFailure == SandboxFileFailure.GetFileUnavailable)
                throw new BotApiException(400, "Bad Request: wrong file_id or the file is temporarily unavailable");
            if (!_files.TryGetValue(fileId, out var stored))
                throw new BotApiException(400, "Bad Request: invalid file_id");
            if (stored.File.Size > MaxDownloadBytes)
                throw new BotApiException(400, "Bad Request: file is too big");
            stored.LinkValidUntil = Now + LinkLifetime;
            return BotApiJson.File(stored.File);
        }
    }

    /// <summary>What the download of a file_path answers: the file, or the platform's error.</summary>
    internal FileDownload Download(string filePath)
    {
        lock (_gate)
        {
            if (_fileFailure == SandboxFileFailure.DownloadServerError)
                return FileDownload.ServerError;
            if (!_filePaths.TryGetValue(filePath, out var stored) || Now >= stored.LinkValidUntil)
                return FileDownload.NotFound;
            if (_fileFailure == SandboxFileFailure.DownloadCutOff)
                return new FileDownload(stored.File, CutOff: true);
            stored.Downloads++;
            return new FileDownload(stored.File);
        }
    }

    private sealed class StoredFile(SandboxFile file)
    {
        public SandboxFile File { get; } = file;

        // No path is valid before getFile hands it out.
        public DateTimeOffset LinkValidUntil { get; set; } = DateTimeOffset.MinValue;
        public int Downloads { get; set; }
    }
}

/// <summary>The answer to a file download: the file's bytes (perhaps cut off half way), or an error status.</summary>
internal readonly record struct FileDownload(SandboxFile? File, int ErrorCode = 200, string Description = "", bool CutOff = false)
{
    public static FileDownload NotFound { get; } = new(null, 404, "Not Found");
    public static FileDownload ServerError { get; } = new(null, 500, "Internal Server Error");
}
