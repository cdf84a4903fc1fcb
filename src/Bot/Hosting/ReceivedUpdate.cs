using System.Text.Json;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace RahZendegi.Bot.Hosting;

/// <summary>An update read from the messenger, parsed on its own, with the user whose lane it belongs to.</summary>
public sealed record ReceivedUpdate(long UpdateId, long UserKey, string Payload, Update Update)
{
    /// <summary>Parses a getUpdates result; an update that cannot be parsed is logged and skipped, the rest go on.</summary>
    public static (IReadOnlyList<ReceivedUpdate> Updates, long? NextOffset) ParseBatch(JsonElement result, ILogger logger)
    {
        var updates = new List<ReceivedUpdate>();
        long? nextOffset = null;
        foreach (var element in result.EnumerateArray())
        {
            var parsed = TryParse(element, logger, out var updateId);
            if (updateId is { } id)
            {
                nextOffset = id + 1;
            }

            if (parsed is not null)
            {
                updates.Add(parsed);
            }
        }

        return (updates, nextOffset);
    }

    /// <summary>
    /// Parses one update, from a getUpdates batch or a webhook request; one that cannot be parsed is logged and
    /// null comes back. <paramref name="updateId"/> is set whenever the update_id itself was readable.
    /// </summary>
    public static ReceivedUpdate? TryParse(JsonElement element, ILogger logger, out long? updateId)
    {
        updateId = null;
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("update_id", out var idElement) || !idElement.TryGetInt64(out var id))
        {
            logger.LogWarning("Skipped an update without a readable update_id.");
            return null;
        }

        updateId = id;
        try
        {
            var payload = BaleShapes.Normalize(element.GetRawText());
            var update = JsonSerializer.Deserialize<Update>(payload, JsonBotAPI.Options);
            if (update is not null)
            {
                return new ReceivedUpdate(id, UserKeyOf(update), payload, update);
            }
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            logger.LogWarning("Skipped update {UpdateId}: it could not be parsed ({Reason}).", id, e.GetType().Name);
            return null;
        }

        logger.LogWarning("Skipped update {UpdateId}: it was empty.", id);
        return null;
    }

    public static Update Parse(string payload) =>
        JsonSerializer.Deserialize<Update>(BaleShapes.Normalize(payload), JsonBotAPI.Options) ?? throw new JsonException("Empty update.");

    private static long UserKeyOf(Update update) =>
        update.Message?.From?.Id
        ?? update.EditedMessage?.From?.Id
        ?? update.CallbackQuery?.From.Id
        ?? update.MyChatMember?.From.Id
        ?? update.PreCheckoutQuery?.From.Id
        ?? update.InlineQuery?.From.Id
        ?? update.Message?.Chat.Id
        ?? update.ChannelPost?.Chat.Id
        ?? 0;
}
