using System.Globalization;
using System.Text.Json.Nodes;

namespace RahZendegi.Bot.Sandbox;

/// <summary>What a user does in the messenger; each action queues one update for the bot.</summary>
public sealed partial class SandboxBot
{
    private long _lastCallbackId;
    private long _lastFileId;

    /// <summary>A text message; a leading "/" makes it a bot command, so "/start payload" works.</summary>
    public QueuedUpdate SendText(long userId, string text) =>
        UserMessage(userId, userId, SandboxMessageKind.Text, text, null, json =>
        {
            json["text"] = text;
            if (text.StartsWith('/'))
                json["entities"] = BotApiJson.CommandEntity(text);
        });

    /// <summary>
    /// The user shares a contact; by default their own, as the contact button does. The number comes as both
    /// messengers send their users' own: its digits with the country code and no «+» (98912…), as text on Telegram;
    /// Bale may send those digits as a JSON number, and this bot does so on Bale, so that the bot meets that shape.
    /// </summary>
    public QueuedUpdate ShareContact(long userId, string? phoneNumber = null, long? contactUserId = null)
    {
        var user = _emulator.User(userId);
        var phone = phoneNumber ?? user.PhoneNumber.TrimStart('+');
        return UserMessage(userId, userId, SandboxMessageKind.Contact, phone, phone, json =>
        {
            var contact = new JsonObject
            {
                ["phone_number"] = Platform == SandboxPlatform.Bale && long.TryParse(phone, NumberStyles.None, CultureInfo.InvariantCulture, out var digits)
                    ? JsonValue.Create(digits)
                    : JsonValue.Create(phone),
                ["first_name"] = user.FirstName,
            };
            if ((contactUserId ?? (phoneNumber is null ? userId : null)) is { } id)
                contact["user_id"] = id;
            json["contact"] = contact;
        });
    }

    /// <summary>A photo: the emulator's stand-in image (an 800 × 600 JPEG), which the bot can fetch with getFile like any other.</summary>
    public QueuedUpdate SendPhoto(long userId, string? caption = null) =>
        SendPhotoSizes(userId, SandboxMedia.StandInPhotoSizes, caption);

    /// <summary>
    /// A photo of the user's own image (JPEG, PNG, WebP, GIF or BMP): the message's photo array holds a 90-pixel thumbnail
    /// when the image is larger, then the image with its own bytes and pixels.
    /// </summary>
    /// <exception cref="ArgumentException">The bytes are no such image; a messenger would send them as a document.</exception>
    public QueuedUpdate SendPhoto(long userId, byte[] image, string? caption = null) =>
        SendPhotoSizes(userId, SandboxMedia.PhotoSizes(image)
            ?? throw new ArgumentException("Not an image a messenger sends as a photo; send it as a document.", nameof(image)), caption);

    /// <summary>A document: the emulator's stand-in one-page PDF, «مدرک.pdf».</summary>
    public QueuedUpdate SendDocument(long userId, string? caption = null) =>
        SendDocument(userId, SandboxMedia.StandInDocument, SandboxMedia.StandInDocumentName, "application/pdf", caption);

    /// <summary>A document (a PDF, or an image sent as a file); without a MIME type, the name's extension decides, as on Telegram.</summary>
    public QueuedUpdate SendDocument(long userId, byte[] content, string fileName, string? mimeType = null, string? caption = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var file = StoreDocument(content, fileName, SandboxMedia.MimeTypeOf(fileName, mimeType));
        return UserMessage(userId, userId, SandboxMessageKind.Document, caption, null, json =>
        {
            json["document"] = BotApiJson.Document(file);
            if (caption is not null)
                json["caption"] = caption;
        }, file: file);
    }

    private QueuedUpdate SendPhotoSizes(long userId, IReadOnlyList<SandboxImage> sizes, string? caption)
    {
        var files = StorePhoto(sizes);
        return UserMessage(userId, userId, SandboxMessageKind.Photo, caption, null, json =>
        {
            json["photo"] = BotApiJson.PhotoSizes(files);
            if (caption is not null)
                json["caption"] = caption;
        }, file: files[^1]);
    }

    public QueuedUpdate SendSticker(long userId, string emoji = "👍") =>
        UserMessage(userId, userId, SandboxMessageKind.Sticker, emoji, null, json =>
        {
            var fileId = NextFileId("sticker");
            json["sticker"] = new JsonObject
            {
                ["file_id"] = fileId,
                ["file_unique_id"] = "u" + fileId,
                ["type"] = "regular",
                ["width"] = 512,
                ["height"] = 512,
                ["is_animated"] = false,
                ["is_video"] = false,
                ["emoji"] = emoji,
            };
        });

    public QueuedUpdate SendVoice(long userId, int durationSeconds = 3) =>
        UserMessage(userId, userId, SandboxMessageKind.Voice, null, null, json =>
        {
            var fileId = NextFileId("voice");
            json["voice"] = new JsonObject
            {
                ["file_id"] = fileId,
                ["file_unique_id"] = "u" + fileId,
                ["duration"] = durationSeconds,
                ["mime_type"] = "audio/ogg",
            };
        });

    /// <summary>A message in a group the bot is a member of; the group's chat id is negative.</summary>
    public QueuedUpdate SendInGroup(long groupChatId, long userId, string text)
    {
        if (groupChatId >= 0)
            throw new ArgumentOutOfRangeException(nameof(groupChatId), "Group chat ids are negative.");
        return UserMessage(groupChatId, userId, SandboxMessageKind.Text, text, null, json =>
        {
            json["text"] = text;
            if (text.StartsWith('/'))
                json["entities"] = BotApiJson.CommandEntity(text);
        });
    }

    /// <summary>The user edits one of their own messages: an edited_message update.</summary>
    public QueuedUpdate EditMessage(long userId, int messageId, string newText)
    {
        lock (_gate)
        {
            var chat = Chat(userId);
            var old = chat.Transcript.LastOrDefault(m => m.MessageId == messageId && !m.FromBot)
                ?? throw new InvalidOperationException($"User message {messageId} not found in chat {userId}.");
            var json = BotApiJson.Message(messageId, BotApiJson.User(_emulator.User(userId)), (JsonObject)chat.Json.DeepClone(), old.Date);
            json["edit_date"] = Now.ToUnixTimeSeconds();
            json["text"] = newText;
            chat.MessageJson[messageId] = json;
            Replace(chat, old with { Text = newText, Edited = true });
            return Enqueue("edited_message", json.DeepClone(), messageId);
        }
    }

    /// <summary>The user presses an inline button of a bot message: a callback_query update.</summary>
    public QueuedUpdate PressButton(long userId, int messageId, string callbackData)
    {
        lock (_gate)
        {
            var chat = Chat(userId);
            if (!chat.MessageJson.TryGetValue(messageId, out var message) || message["from"]?["is_bot"]?.GetValue<bool>() != true)
                throw new InvalidOperationException($"Bot message {messageId} not found in chat {userId}.");
            var queryId = (++_lastCallbackId).ToString(CultureInfo.InvariantCulture);
            _openCallbacks.Add(queryId);
            var query = new JsonObject
            {
                ["id"] = queryId,
                ["from"] = BotApiJson.User(_emulator.User(userId)),
                ["message"] = message.DeepClone(),
                ["chat_instance"] = (BotId ^ userId).ToString(CultureInfo.InvariantCulture),
                ["data"] = callbackData,
            };
            return Enqueue("callback_query", query, null);
        }
    }

    /// <summary>Presses the inline button with this text on the latest bot message that has one.</summary>
    public QueuedUpdate PressButton(long userId, string buttonText)
    {
        var message = Messages(userId).LastOrDefault(m => m.FromBot && !m.Deleted && m.InlineButtons.Any(b => b.Text == buttonText))
            ?? throw new InvalidOperationException($"No inline button «{buttonText}» in chat {userId}.");
        var button = message.InlineButtons.First(b => b.Text == buttonText);
        return PressButton(userId, message.MessageId, button.CallbackData
            ?? throw new InvalidOperationException($"Button «{buttonText}» has no callback data."));
    }

    private QueuedUpdate UserMessage(
        long chatId, long userId, SandboxMessageKind kind, string? text, string? phone, Action<JsonObject> fill,
        SandboxPayment? payment = null, SandboxFile? file = null)
    {
        var user = _emulator.User(userId);
        lock (_gate)
        {
            var chat = Chat(chatId);
            var messageId = chat.NextMessageId++;
            var now = Now;
            var json = BotApiJson.Message(messageId, BotApiJson.User(user), (JsonObject)chat.Json.DeepClone(), now);
            fill(json);
            chat.MessageJson[messageId] = json;
            Append(chat, new SandboxMessage
            {
                ChatId = chatId,
                MessageId = messageId,
                FromBot = false,
                FromId = userId,
                Date = now,
                Kind = kind,
                Text = text,
                PhoneNumber = phone,
                Payment = payment,
                File = file,
            });
            return Enqueue("message", json.DeepClone(), messageId);
        }
    }

    // The bot's id is in every file id, so one bot's ids never name another bot's files, as on the platforms.
    private string NextFileId(string kind) =>
        $"sandbox-{BotId.ToString(CultureInfo.InvariantCulture)}-{kind}-{Interlocked.Increment(ref _lastFileId).ToString(CultureInfo.InvariantCulture)}";
}
