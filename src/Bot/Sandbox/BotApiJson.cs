using System.Text.Json.Nodes;

namespace RahZendegi.Bot.Sandbox;

/// <summary>
/// Builds the Bot API JSON shapes by hand: snake_case, unix seconds, only what Telegram itself sends,
/// so the exact wire format stays visible and under control.
/// </summary>
internal static class BotApiJson
{
    public static JsonObject User(SandboxUser user)
    {
        var json = new JsonObject
        {
            ["id"] = user.Id,
            ["is_bot"] = false,
            ["first_name"] = user.FirstName,
            ["language_code"] = "fa",
        };
        if (user.Username is not null)
            json["username"] = user.Username;
        return json;
    }

    public static JsonObject BotUser(long botId, string username, bool full = false)
    {
        var json = new JsonObject
        {
            ["id"] = botId,
            ["is_bot"] = true,
            ["first_name"] = "راه زندگی",
            ["username"] = username,
        };
        if (full)
        {
            json["can_join_groups"] = true;
            json["can_read_all_group_messages"] = false;
            json["supports_inline_queries"] = false;
        }
        return json;
    }

    public static JsonObject PrivateChat(SandboxUser user)
    {
        var json = new JsonObject { ["id"] = user.Id, ["type"] = "private", ["first_name"] = user.FirstName };
        if (user.Username is not null)
            json["username"] = user.Username;
        return json;
    }

    public static JsonObject GroupChat(long chatId, string title) =>
        new() { ["id"] = chatId, ["type"] = "group", ["title"] = title };

    public static JsonObject Message(int messageId, JsonObject from, JsonObject chat, DateTimeOffset date) =>
        new()
        {
            ["message_id"] = messageId,
            ["from"] = from,
            ["chat"] = chat,
            ["date"] = date.ToUnixTimeSeconds(),
        };

    public static JsonArray CommandEntity(string text)
    {
        var length = text.IndexOfAny([' ', '\n']);
        return [new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = length < 0 ? text.Length : length }];
    }

    // A photo the bot sent, which the sandbox does not keep: two sizes as Telegram would list them, the upload's length as the larger.
    public static JsonArray PhotoSizes(string fileId, long size) =>
    [
        new JsonObject
        {
            ["file_id"] = fileId + "_s",
            ["file_unique_id"] = "u" + fileId + "_s",
            ["width"] = 90,
            ["height"] = 90,
            ["file_size"] = Math.Max(1, size / 10),
        },
        new JsonObject
        {
            ["file_id"] = fileId,
            ["file_unique_id"] = "u" + fileId,
            ["width"] = 800,
            ["height"] = 800,
            ["file_size"] = size,
        },
    ];

    public static JsonArray PhotoSizes(IEnumerable<SandboxFile> sizes) =>
    [
        .. sizes.Select(size => new JsonObject
        {
            ["file_id"] = size.FileId,
            ["file_unique_id"] = size.FileUniqueId,
            ["width"] = size.Width,
            ["height"] = size.Height,
            ["file_size"] = size.Size,
        }),
    ];

    public static JsonObject Document(SandboxFile file) =>
        new()
        {
            ["file_id"] = file.FileId,
            ["file_unique_id"] = file.FileUniqueId,
            ["file_name"] = file.FileName,
            ["mime_type"] = file.MimeType,
            ["file_size"] = file.Size,
        };

    // getFile's answer: the path is what the download URL /file/bot{token}/{file_path} takes.
    public static JsonObject File(SandboxFile file) =>
        new()
        {
            ["file_id"] = file.FileId,
            ["file_unique_id"] = file.FileUniqueId,
            ["file_size"] = file.Size,
            ["file_path"] = file.FilePath,
        };

    public static JsonObject Invoice(SandboxInvoice invoice) =>
        new()
        {
            ["title"] = invoice.Title,
            ["description"] = invoice.Description,
            ["start_parameter"] = "",
            ["currency"] = invoice.Currency,
            ["total_amount"] = invoice.TotalAmount,
        };

    public static JsonObject PreCheckoutQuery(SandboxPayment payment, JsonObject from) =>
        new()
        {
            ["id"] = payment.TransactionId,
            ["from"] = from,
            ["currency"] = payment.Currency,
            ["total_amount"] = payment.Amount,
            ["invoice_payload"] = payment.Payload,
        };

    public static JsonObject SuccessfulPayment(SandboxPayment payment) =>
        new()
        {
            ["currency"] = payment.Currency,
            ["total_amount"] = payment.Amount,
            ["invoice_payload"] = payment.Payload,
            ["telegram_payment_charge_id"] = payment.TransactionId,
            ["provider_payment_charge_id"] = payment.ProviderChargeId,
        };

    // Bale's Transaction object, with its own camel-case userID and createdAt.
    public static JsonObject Transaction(SandboxPayment payment, SandboxPaymentStatus status) =>
        new()
        {
            ["id"] = payment.TransactionId,
            ["status"] = status.ToString().ToLowerInvariant(),
            ["userID"] = payment.UserId,
            ["amount"] = payment.Amount,
            ["createdAt"] = payment.CreatedAt.ToUnixTimeSeconds(),
        };

    public static JsonObject Update(int updateId, string kind, JsonNode payload) =>
        new() { ["update_id"] = updateId, [kind] = payload };

    public static string Ok(JsonNode? result) =>
        new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString();

    public static string OkRaw(string resultJson) => "{\"ok\":true,\"result\":" + resultJson + "}";

    public static string Error(int code, string description, int? retryAfter)
    {
        var json = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is { } seconds)
            json["parameters"] = new JsonObject { ["retry_after"] = seconds };
        return json.ToJsonString();
    }
}
