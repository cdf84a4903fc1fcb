using System.Text;
using System.Text.Json.Nodes;

namespace RahZendegi.Bot.Sandbox;

internal sealed record ParsedMarkup(
    IReadOnlyList<IReadOnlyList<SandboxInlineButton>> Inline,
    IReadOnlyList<IReadOnlyList<SandboxReplyButton>> Reply,
    bool Remove)
{
    public static readonly ParsedMarkup None = new([], [], false);
}

internal static class SandboxKeyboards
{
    // Telegram rejects the whole message when one button's data exceeds 64 bytes.
    private const int MaxCallbackDataBytes = 64;

    public static ParsedMarkup Parse(JsonObject? markup)
    {
        if (markup is null)
            return ParsedMarkup.None;
        if (markup["inline_keyboard"] is JsonArray inlineRows)
            return new(Rows(inlineRows, InlineButton), [], false);
        if (markup["keyboard"] is JsonArray replyRows)
            return new([], Rows(replyRows, ReplyButton), false);
        return new([], [], markup["remove_keyboard"]?.GetValueKind() == System.Text.Json.JsonValueKind.True);
    }

    private static List<IReadOnlyList<T>> Rows<T>(JsonArray rows, Func<JsonNode?, T> button) =>
        rows.Select(row => (IReadOnlyList<T>)(row as JsonArray ?? throw BadMarkup()).Select(button).ToList()).ToList();

    private static SandboxInlineButton InlineButton(JsonNode? node)
    {
        if (node is not JsonObject button || button["text"]?.GetValue<string>() is not { } text)
            throw BadMarkup();
        var data = button["callback_data"]?.GetValue<string>();
        if (data is not null && (data.Length == 0 || Encoding.UTF8.GetByteCount(data) > MaxCallbackDataBytes))
            throw new BotApiException(400, "Bad Request: BUTTON_DATA_INVALID");
        var url = button["url"]?.GetValue<string>();
        var pay = button["pay"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
        if (data is null && url is null && !pay)
            throw BadMarkup();
        return new(text, data, url, pay);
    }

    private static SandboxReplyButton ReplyButton(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => new(text, false),
        JsonObject button when button["text"]?.GetValue<string>() is { } text =>
            new(text, button["request_contact"]?.GetValue<bool>() ?? false),
        _ => throw BadMarkup(),
    };

    private static BotApiException BadMarkup() => new(400, "Bad Request: can't parse reply keyboard markup JSON object");
}
