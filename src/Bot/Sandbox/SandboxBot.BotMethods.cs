using System.Text.Json.Nodes;

namespace RahZendegi.Bot.Sandbox;

/// <summary>The bot side: the Bot API methods a bot calls, answered as Telegram answers them.</summary>
public sealed partial class SandboxBot
{
    private const int MaxTextLength = 4096;

    private readonly HashSet<string> _openCallbacks = [];
    private JsonArray _commands = [];
    private string? _description;
    private string? _shortDescription;

    /// <summary>What the bot set with setMyDescription: shown in an empty chat, before the first message.</summary>
    public string? Description
    {
        get { lock (_gate) return _description; }
    }

    /// <summary>What the bot set with setMyShortDescription: shown on its profile and when it is shared.</summary>
    public string? ShortDescription
    {
        get { lock (_gate) return _shortDescription; }
    }

    /// <summary>The command menu the bot set with setMyCommands.</summary>
    public IReadOnlyList<(string Command, string Description)> Commands
    {
        get
        {
            lock (_gate)
                return [.. _commands.OfType<JsonObject>().Select(c => ((string?)c["command"] ?? "", (string?)c["description"] ?? ""))];
        }
    }

    /// <summary>Runs one Bot API method; returns the HTTP status and the JSON body.</summary>
    public async Task<(int Status, string Json)> InvokeAsync(string method, BotApiArguments args, CancellationToken ct = default)
    {
        _calls.AddOrUpdate(method, 1, (_, count) => count + 1);
        try
        {
            await BeforeCallAsync(method, args, ct);
            TakeInjectedFailure(method);
            var json = string.Equals(method, "getUpdates", StringComparison.OrdinalIgnoreCase)
                ? BotApiJson.OkRaw(await GetUpdatesAsync(args, ct))
                : BotApiJson.Ok(Invoke(method.ToLowerInvariant(), args));
            AfterCall(method);
            return (200, json);
        }
        catch (BotApiException e)
        {
            RecordError(method, e.ErrorCode);
            return (e.ErrorCode, BotApiJson.Error(e.ErrorCode, e.Description, e.RetryAfter));
        }
    }

    private JsonNode? Invoke(string method, BotApiArguments args) => method switch
    {
        "getme" => BotApiJson.BotUser(BotId, Username, full: true),
        "sendmessage" => SendMessage(args),
        "sendphoto" => SendFile(args, SandboxMessageKind.Photo, "photo"),
        "senddocument" => SendFile(args, SandboxMessageKind.Document, "document"),
        "editmessagetext" => Edit(args, editText: true),
        "editmessagereplymarkup" => Edit(args, editText: false),
        "deletemessage" => DeleteMessage(args),
        "answercallbackquery" => AnswerCallbackQuery(args),
        "getfile" => GetFile(args),
        "sendinvoice" => SendInvoice(args),
        "answerprecheckoutquery" => AnswerPreCheckoutQuery(args),
        "inquiretransaction" => InquireTransaction(args),
        "sendchataction" => SendChatAction(args),
        "setmycommands" => SetCommands(args),
        "getmycommands" => GetCommands(),
        "deletemycommands" => SetCommands(new BotApiArguments().Set("commands", new JsonArray())),
        "setmydescription" => SetDescription(args, "description", 512, text => _description = text),
        "getmydescription" => new JsonObject { ["description"] = Description ?? "" },
        "setmyshortdescription" => SetDescription(args, "short_description", 120, text => _shortDescription = text),
        "getmyshortdescription" => new JsonObject { ["short_description"] = ShortDescription ?? "" },
        "deletewebhook" => DeleteWebhook(args),
        "setwebhook" => SetWebhook(args),
        "getwebhookinfo" => WebhookInfo(),
        _ => throw new BotApiException(404, "Not Found"),
    };

    private JsonNode SendMessage(BotApiArguments args)
    {
        var chatId = args.ChatId();
        var text = args.String("text");
        if (string.IsNullOrEmpty(text))
            throw new BotApiException(400, "Bad Request: message text is empty");
        if (text.Length > MaxTextLength)
            throw new BotApiException(400, "Bad Request: message is too long");
        return SendBotMessage(chatId, args, SandboxMessageKind.Text, text, json => json["text"] = text);
    }

    private JsonNode SendFile(BotApiArguments args, SandboxMessageKind kind, string field)
    {
        var chatId = args.ChatId();
        var upload = args.File(field);
        var reference = upload is null ? args.String(field) : null;
        if (upload is null && string.IsNullOrEmpty(reference))
            throw new BotApiException(400, $"Bad Request: there is no {field} in the request");
        var caption = args.String("caption");
        var fileId = reference is not null && !reference.Contains("://", StringComparison.Ordinal) ? reference : NextFileId(field);
        return SendBotMessage(chatId, args, kind, caption, json =>
        {
            json[field] = kind == SandboxMessageKind.Photo
                ? BotApiJson.PhotoSizes(fileId, upload?.Length ?? 1)
                : new JsonObject
                {
                    ["file_id"] = fileId,
                    ["file_unique_id"] = "u" + fileId,
                    ["file_name"] = upload?.FileName ?? "file",
                    ["file_size"] = upload?.Length ?? 1,
                };
            if (caption is not null)
                json["caption"] = caption;
        });
    }

    private JsonNode SendBotMessage(
        long chatId, BotApiArguments args, SandboxMessageKind kind, string? text, Action<JsonObject> fill,
        SandboxInvoice? invoice = null)
    {
        var markupJson = args.Object("reply_markup");
        var markup = SandboxKeyboards.Parse(markupJson);
        CheckPayButtons(markup, invoice is not null);
        var replyTo = args.Object("reply_parameters")?["message_id"]?.GetValue<int>() ?? args.Int("reply_to_message_id");
        lock (_gate)
        {
            var chat = Target(chatId, isSend: true);
            var messageId = chat.NextMessageId++;
            var now = Now;
            var json = BotApiJson.Message(messageId, BotApiJson.BotUser(BotId, Username), (JsonObject)chat.Json.DeepClone(), now);
            fill(json);
            if (markup.Inline.Count > 0)
                json["reply_markup"] = new JsonObject { ["inline_keyboard"] = markupJson!["inline_keyboard"]!.DeepClone() };
            if (replyTo is { } replyId && chat.MessageJson.TryGetValue(replyId, out var original))
                json["reply_to_message"] = WithoutReply(original);
            chat.MessageJson[messageId] = json;
            Append(chat, new SandboxMessage
            {
                ChatId = chatId,
                MessageId = messageId,
                FromBot = true,
                FromId = BotId,
                Date = now,
                Kind = kind,
                Text = text,
                InlineKeyboard = markup.Inline,
                ReplyKeyboard = markup.Reply,
                RemovesKeyboard = markup.Remove,
                Invoice = invoice,
            });
            return json.DeepClone();
        }
    }

    // Telegram drops the inline keyboard when an edit does not repeat it.
    private JsonNode Edit(BotApiArguments args, bool editText)
    {
        if (args.Has("inline_message_id"))
            throw new BotApiException(400, "Bad Request: inline messages are not supported in the sandbox");
        var chatId = args.ChatId();
        var messageId = args.Int("message_id") ?? throw new BotApiException(400, "Bad Request: message_id is empty");
        var text = editText ? args.String("text") : null;
        if (editText && string.IsNullOrEmpty(text))
            throw new BotApiException(400, "Bad Request: message text is empty");
        if (text?.Length > MaxTextLength)
            throw new BotApiException(400, "Bad Request: message is too long");
        var markupJson = args.Object("reply_markup");
        var markup = SandboxKeyboards.Parse(markupJson);
        if (markup.Reply.Count > 0 || markup.Remove)
            throw new BotApiException(400, "Bad Request: inline keyboard expected");

        lock (_gate)
        {
            var chat = Target(chatId, isSend: false);
            if (!chat.MessageJson.TryGetValue(messageId, out var json) || json["from"]?["is_bot"]?.GetValue<bool>() != true)
                throw new BotApiException(400, "Bad Request: message to edit not found");
            var old = chat.Transcript.Last(m => m.MessageId == messageId);
            CheckPayButtons(markup, old.Invoice is not null);
            if (editText && old.Kind != SandboxMessageKind.Text)
                throw new BotApiException(400, "Bad Request: there is no text in the message to edit");
            var newMarkup = markup.Inline.Count > 0 ? new JsonObject { ["inline_keyboard"] = markupJson!["inline_keyboard"]!.DeepClone() } : null;
            var newText = text ?? old.Text;
            if (newText == old.Text && JsonNode.DeepEquals(newMarkup, json["reply_markup"]))
                throw new BotApiException(400,
                    "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");

            var edited = (JsonObject)json.DeepClone();
            edited["edit_date"] = Now.ToUnixTimeSeconds();
            if (editText)
                edited["text"] = text;
            edited.Remove("reply_markup");
            if (newMarkup is not null)
                edited["reply_markup"] = newMarkup;
            chat.MessageJson[messageId] = edited;
            Replace(chat, old with { Text = newText, InlineKeyboard = markup.Inline, Edited = true });
            return edited.DeepClone();
        }
    }

    private JsonNode DeleteMessage(BotApiArguments args)
    {
        var chatId = args.ChatId();
        var messageId = args.Int("message_id") ?? throw new BotApiException(400, "Bad Request: message_id is empty");
        lock (_gate)
        {
            var chat = Target(chatId, isSend: false);
            if (!chat.MessageJson.Remove(messageId))
                throw new BotApiException(400, "Bad Request: message to delete not found");
            var old = chat.Transcript.Last(m => m.MessageId == messageId);
            Replace(chat, old with { Deleted = true });
            return true;
        }
    }

    private JsonNode AnswerCallbackQuery(BotApiArguments args)
    {
        var id = args.String("callback_query_id");
        lock (_gate)
        {
            if (id is null || !_openCallbacks.Remove(id))
                throw new BotApiException(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
            _answeredCallbacks.Add(new AnsweredCallback(id, args.String("text"), args.Bool("show_alert")));
            return true;
        }
    }

    private JsonNode SendChatAction(BotApiArguments args)
    {
        var chatId = args.ChatId();
        lock (_gate)
            Target(chatId, isSend: false);
        return true;
    }

    private JsonNode SetCommands(BotApiArguments args)
    {
        var commands = args.Array("commands") ?? throw new BotApiException(400, "Bad Request: parameter \"commands\" is required");
        lock (_gate)
            _commands = (JsonArray)commands.DeepClone();
        return true;
    }

    // Telegram's limits: 512 characters for the description, 120 for the short one; an empty one removes it.
    private JsonNode SetDescription(BotApiArguments args, string field, int maxLength, Action<string?> keep)
    {
        var text = args.String(field);
        if (text is { Length: var length } && length > maxLength)
            throw new BotApiException(400, $"Bad Request: {field} is too long");
        lock (_gate)
            keep(string.IsNullOrEmpty(text) ? null : text);
        return true;
    }

    private JsonNode GetCommands()
    {
        lock (_gate)
            return _commands.DeepClone();
    }

    private JsonNode DeleteWebhook(BotApiArguments args)
    {
        StopWebhook();
        if (args.Bool("drop_pending_updates"))
            DropPendingUpdates();
        return true;
    }

    private static JsonObject WithoutReply(JsonObject message)
    {
        var copy = (JsonObject)message.DeepClone();
        copy.Remove("reply_to_message");
        return copy;
    }
}
