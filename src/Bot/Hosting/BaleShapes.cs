using System.Text.Json;
using System.Text.Json.Nodes;

namespace RahZendegi.Bot.Hosting;

/// <summary>
/// Where Bale's updates differ in shape from Telegram's, rewritten to Telegram's before Telegram.Bot reads them: Bale may
/// send a shared contact's <c>phone_number</c> as a JSON number (989123456789), which Telegram.Bot's string property
/// refuses, failing the whole update.
/// </summary>
public static class BaleShapes
{
    private static readonly string[] MessageFields = ["message", "edited_message"];

    /// <summary>The update's JSON, with a numeric contact phone turned into the same digits as a string; unchanged otherwise.</summary>
    public static string Normalize(string payload)
    {
        // Most updates carry no contact: they are passed on without being parsed twice.
        if (!payload.Contains("\"phone_number\"", StringComparison.Ordinal) || JsonNode.Parse(payload) is not JsonObject update)
        {
            return payload;
        }

        var changed = false;
        foreach (var field in MessageFields)
        {
            if (update[field]?["contact"] is JsonObject contact
                && contact["phone_number"] is JsonValue phone && phone.GetValueKind() == JsonValueKind.Number)
            {
                contact["phone_number"] = phone.ToJsonString();
                changed = true;
            }
        }

        return changed ? update.ToJsonString() : payload;
    }
}
