using Microsoft.Extensions.Logging;
using RahZendegi.Bot.Hosting;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace RahZendegi.Bot.Membership;

/// <summary>A proof's file as fetched, with the type its bytes show (never the type the sender's app claimed).</summary>
public sealed record FetchedProof(byte[] Content, string ContentType);

/// <summary>
/// Fetches a file a person sent, through the bot that received it (a file id means nothing to another bot): getFile,
/// then the download on the same Bot API root, with the client the bot itself uses (docs/platforms/files.md).
/// </summary>
public sealed class ProofDownloads(BotRegistry bots, ILogger<ProofDownloads> logger)
{
    // A member's page waits for this, so a messenger that hangs must not hold it for the client's long-poll timeout.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    /// <summary>The file, or null when the messenger would not give it (logged without the file id or the bot's address).</summary>
    public async Task<FetchedProof?> FetchAsync(string botName, string fileId, CancellationToken cancellationToken)
    {
        if (bots.Find(botName) is not { } bot)
        {
            logger.LogWarning("A proof came through bot {Bot}, which this process does not serve; it cannot be fetched.", botName);
            return null;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);
        try
        {
            var file = await bot.Client.GetFile(fileId, limit.Token);
            if (string.IsNullOrEmpty(file.FilePath))
            {
                return null;
            }

            // Into a buffer of its own: a download cut half way may have written part of the file before it threw.
            using var buffer = new MemoryStream();
            await bot.Client.DownloadFile(file.FilePath, buffer, limit.Token);
            if (buffer.Length == 0 || (file.FileSize is { } size && buffer.Length != size))
            {
                logger.LogWarning("Bot {Bot}: a proof's download ended short ({Got} of {Size} bytes).", botName, buffer.Length, file.FileSize);
                return null;
            }

            var content = buffer.ToArray();
            return new FetchedProof(content, FileSignatures.ContentTypeOf(content));
        }
        catch (ApiRequestException e)
        {
            logger.LogWarning("Bot {Bot}: fetching a proof failed, {Code} {Description}.", botName, e.ErrorCode, e.Message);
            return null;
        }
        catch (Exception e) when (e is RequestException or HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning("Bot {Bot}: fetching a proof failed ({Error}).", botName, e.GetType().Name);
            return null;
        }
    }
}
