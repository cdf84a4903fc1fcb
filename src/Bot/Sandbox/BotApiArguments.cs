using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace RahZendegi.Bot.Sandbox;

public sealed record UploadedFile(string FieldName, string FileName, long Length);

/// <summary>
/// A Bot API call's parameters, read the way Telegram reads them: query string, JSON body, url-encoded
/// or multipart form, where nested objects arrive as JSON text inside a form field.
/// </summary>
public sealed class BotApiArguments
{
    private readonly Dictionary<string, JsonNode?> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UploadedFile> _files = new(StringComparer.Ordinal);

    public BotApiArguments Set(string name, JsonNode? value)
    {
        _values[name] = value;
        return this;
    }

    public BotApiArguments AddFile(UploadedFile file)
    {
        _files[file.FieldName] = file;
        return this;
    }

    public static BotApiArguments FromJson(JsonObject json)
    {
        var args = new BotApiArguments();
        foreach (var (name, value) in json)
            args.Set(name, value?.DeepClone());
        return args;
    }

    public static async Task<BotApiArguments> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var args = new BotApiArguments();
        foreach (var (name, value) in request.Query)
            args.Set(name, JsonValue.Create(value.ToString()));

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            foreach (var (name, value) in form)
                args.Set(name, JsonValue.Create(value.ToString()));
            foreach (var file in form.Files)
                args.AddFile(new UploadedFile(file.Name, file.FileName, file.Length));
        }
        else if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            JsonNode? body;
            try
            {
                body = await JsonNode.ParseAsync(request.Body, cancellationToken: ct);
            }
            catch (JsonException)
            {
                throw new BotApiException(400, "Bad Request: can't parse JSON object");
            }
            if (body is JsonObject json)
                foreach (var (name, value) in json)
                    args.Set(name, value?.DeepClone());
        }
        return args;
    }

    public bool Has(string name) => _values.TryGetValue(name, out var value) && value is not null;

    public string? String(string name) => _values.GetValueOrDefault(name) switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        var other => other.ToJsonString(),
    };

    public long? Long(string name)
    {
        var node = _values.GetValueOrDefault(name);
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
            return value.GetValue<long>();
        var text = String(name);
        if (string.IsNullOrEmpty(text))
            return null;
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new BotApiException(400, $"Bad Request: invalid {name} specified");
    }

    public int? Int(string name) => Long(name) is { } number ? checked((int)number) : null;

    public bool Bool(string name) => _values.GetValueOrDefault(name) switch
    {
        JsonValue value when value.GetValueKind() is JsonValueKind.True => true,
        JsonValue value when value.GetValueKind() is JsonValueKind.String =>
            string.Equals(value.GetValue<string>(), "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>An object parameter, given either as JSON or as JSON text in a form field.</summary>
    public JsonObject? Object(string name)
    {
        var node = _values.GetValueOrDefault(name);
        if (node is JsonObject json)
            return json;
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            return null;
        try
        {
            return JsonNode.Parse(value.GetValue<string>()) as JsonObject
                ?? throw new BotApiException(400, $"Bad Request: can't parse {name}");
        }
        catch (JsonException)
        {
            throw new BotApiException(400, $"Bad Request: can't parse {name} JSON object");
        }
    }

    public JsonArray? Array(string name)
    {
        var node = _values.GetValueOrDefault(name);
        if (node is JsonArray array)
            return array;
        try
        {
            return String(name) is { } text ? JsonNode.Parse(text) as JsonArray : null;
        }
        catch (JsonException)
        {
            throw new BotApiException(400, $"Bad Request: can't parse {name} JSON array");
        }
    }

    public UploadedFile? File(string name)
    {
        var reference = String(name);
        if (reference?.StartsWith("attach://", StringComparison.Ordinal) == true)
            return _files.GetValueOrDefault(reference["attach://".Length..]);
        return _files.GetValueOrDefault(name);
    }

    public long ChatId()
    {
        var text = String("chat_id");
        if (string.IsNullOrEmpty(text))
            throw new BotApiException(400, "Bad Request: chat_id is empty");
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new BotApiException(400, "Bad Request: chat not found");
    }
}
