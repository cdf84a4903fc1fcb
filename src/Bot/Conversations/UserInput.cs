using RahZendegi.Domain.Persian;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace RahZendegi.Bot.Conversations;

public enum InputKind
{
    Text,
    Command,
    Callback,
    Contact,

    /// <summary>A photo, or a document (any file sent as a file): <see cref="UserInput.File"/>.</summary>
    File,

    /// <summary>A sticker, voice, video, location or anything else a flow cannot read.</summary>
    Unsupported,

    /// <summary>An edit of an earlier message: the conversation has moved on, so it is not read.</summary>
    Edited,

    /// <summary>Anything in a group or channel: the bot serves people in private chats only.</summary>
    Group,

    /// <summary>An update that needs no answer (membership changes, unknown kinds).</summary>
    Ignored,
}

public sealed record SharedContact(string PhoneNumber, long? UserId);

/// <summary>A photo (its largest size) or a document the person sent; a photo has no name or type.</summary>
public sealed record SharedFile(string FileId, string FileUniqueId, bool IsPhoto, string? FileName = null, string? MimeType = null);

/// <summary>What the person did, read from an update once, with text already normalised.</summary>
public sealed record UserInput(InputKind Kind)
{
    public string Text { get; init; } = "";
    public string? Command { get; init; }
    public string? Payload { get; init; }
    public string? CallbackData { get; init; }
    public string? CallbackQueryId { get; init; }
    public SharedContact? Contact { get; init; }
    public SharedFile? File { get; init; }
    public long UserId { get; init; }
    public long ChatId { get; init; }

    public bool IsText(string button) => Kind == InputKind.Text && Text == button;

    /// <summary>
    /// Why a step cannot read this input, as the hint to show with its question again: a button under an older
    /// message, or a sticker, voice, photo or contact where the step reads text (and <paramref name="alsoReads"/>,
    /// such as the contact for a phone number). Null when the step can read it.
    /// </summary>
    public string? UnreadableHint(InputKind alsoReads = InputKind.Text) =>
        Kind == InputKind.Text || Kind == alsoReads ? null
        : Kind == InputKind.Callback ? CommonTexts.StaleButton
        : CommonTexts.UnsupportedMessage;

    public static UserInput From(Update update)
    {
        if (update.CallbackQuery is { } query)
        {
            return new UserInput(InputKind.Callback)
            {
                CallbackData = query.Data,
                CallbackQueryId = query.Id,
                UserId = query.From.Id,
                ChatId = query.Message?.Chat.Id ?? query.From.Id,
            };
        }

        if (update.EditedMessage is { } edited)
        {
            return FromMessage(edited) with { Kind = edited.Chat.Type == ChatType.Private ? InputKind.Edited : InputKind.Group };
        }

        return update.Message is { } message ? FromMessage(message) : new UserInput(InputKind.Ignored);
    }

    private static UserInput FromMessage(Message message)
    {
        var user = message.From?.Id ?? message.Chat.Id;
        var input = new UserInput(InputKind.Unsupported) { UserId = user, ChatId = message.Chat.Id };
        if (message.Chat.Type != ChatType.Private)
        {
            return input with { Kind = InputKind.Group, Text = PersianText.Normalize(message.Text) };
        }

        if (message.Contact is { } contact)
        {
            return input with { Kind = InputKind.Contact, Contact = new SharedContact(contact.PhoneNumber, contact.UserId) };
        }

        if (message.Photo is { Length: > 0 } photo)
        {
            return input with { Kind = InputKind.File, File = new SharedFile(photo[^1].FileId, photo[^1].FileUniqueId, IsPhoto: true) };
        }

        if (message.Document is { } document)
        {
            return input with
            {
                Kind = InputKind.File,
                File = new SharedFile(document.FileId, document.FileUniqueId, IsPhoto: false, document.FileName, document.MimeType),
            };
        }

        if (message.Text is not { } raw)
        {
            return input;
        }

        var text = PersianText.Normalize(raw);
        if (text.StartsWith('/'))
        {
            var space = text.IndexOf(' ');
            var command = (space < 0 ? text : text[..space]).ToLowerInvariant();
            var at = command.IndexOf('@');
            return input with
            {
                Kind = InputKind.Command,
                Text = text,
                Command = at < 0 ? command : command[..at],
                Payload = space < 0 ? null : text[(space + 1)..].Trim(),
            };
        }

        return input with { Kind = InputKind.Text, Text = text };
    }
}
