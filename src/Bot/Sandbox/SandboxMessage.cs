using System.Text.Json.Serialization;

namespace RahZendegi.Bot.Sandbox;

[JsonConverter(typeof(JsonStringEnumConverter<SandboxMessageKind>))]
public enum SandboxMessageKind { Text, Photo, Sticker, Voice, Contact, Document, Invoice, Payment }

/// <summary>An inline button: it sends callback data, opens a URL, or (on an invoice) pays.</summary>
public sealed record SandboxInlineButton(string Text, string? CallbackData, string? Url, bool Pay = false);

public sealed record SandboxReplyButton(string Text, bool RequestContact);

/// <summary>One message of a sandbox chat as the user sees it, from either side.</summary>
public sealed record SandboxMessage
{
    public required long ChatId { get; init; }
    public required int MessageId { get; init; }
    public required bool FromBot { get; init; }
    public required long FromId { get; init; }
    public required DateTimeOffset Date { get; init; }
    public SandboxMessageKind Kind { get; init; } = SandboxMessageKind.Text;
    public string? Text { get; init; }
    public string? PhoneNumber { get; init; }

    /// <summary>A bot's invoice (Kind Invoice).</summary>
    public SandboxInvoice? Invoice { get; init; }

    /// <summary>The user's successful payment service message (Kind Payment).</summary>
    public SandboxPayment? Payment { get; init; }

    /// <summary>The file a user sent: a document, or a photo's largest size.</summary>
    public SandboxFile? File { get; init; }
    public IReadOnlyList<IReadOnlyList<SandboxInlineButton>> InlineKeyboard { get; init; } = [];
    public IReadOnlyList<IReadOnlyList<SandboxReplyButton>> ReplyKeyboard { get; init; } = [];
    public bool RemovesKeyboard { get; init; }
    public bool Edited { get; init; }
    public bool Deleted { get; init; }

    [JsonIgnore]
    public IEnumerable<SandboxInlineButton> InlineButtons => InlineKeyboard.SelectMany(row => row);
    [JsonIgnore]
    public IEnumerable<SandboxReplyButton> ReplyButtons => ReplyKeyboard.SelectMany(row => row);

    public override string ToString() =>
        $"#{MessageId} {(FromBot ? "bot" : "user")} {Kind}: {Text}" +
        (Invoice is { } invoice ? $" <{invoice.Title}, {invoice.TotalAmount} IRR, payload {invoice.Payload}>" : "") +
        (Payment is { } payment ? $" <{payment.Amount} IRR, payload {payment.Payload}, transaction {payment.TransactionId}>" : "") +
        (File is { } file ? $" <{file.FileName ?? file.FileId}, {file.MimeType}, {file.Size} bytes>" : "") +
        (InlineKeyboard.Count > 0 ? " [" + string.Join(" | ", InlineButtons.Select(b => b.Text)) + "]" : "") +
        (ReplyKeyboard.Count > 0 ? " {" + string.Join(" | ", ReplyButtons.Select(b => b.Text)) + "}" : "");
}

/// <summary>A fake messenger user; the private chat id equals <see cref="Id"/>.</summary>
public sealed record SandboxUser(long Id, string FirstName, string PhoneNumber, string? Username = null);

/// <summary>What a user-side action queued: the update and, when it carries one, the user's message.</summary>
public readonly record struct QueuedUpdate(int UpdateId, int? MessageId);

public sealed record AnsweredCallback(string CallbackQueryId, string? Text, bool ShowAlert);
