using System.Text.Json;
using System.Text.Json.Serialization;

namespace RahZendegi.Domain.Messaging;

/// <summary>What the bot asks the messenger to do; serialised into <see cref="OutboxMessage.Payload"/>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(OutgoingText), "text")]
[JsonDerivedType(typeof(OutgoingCallbackAnswer), "callback")]
[JsonDerivedType(typeof(OutgoingPhoto), "photo")]
[JsonDerivedType(typeof(OutgoingInvoice), "invoice")]
public abstract record Outgoing
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static Outgoing Deserialize(string payload) =>
        JsonSerializer.Deserialize<Outgoing>(payload, Json) ?? throw new JsonException("Empty outbox payload.");
}

public sealed record OutgoingText(string Text, Keyboard? Keyboard = null) : Outgoing;

/// <summary>An image made by the bot (such as a membership card), kept in the outbox as it will be sent.</summary>
public sealed record OutgoingPhoto(byte[] Png, string? Caption = null, Keyboard? Keyboard = null) : Outgoing;

/// <summary>
/// An in-chat invoice in Rials (Bale's sendInvoice). The provider token is added by the sender from the bot's options,
/// never stored; the payload is made at send time from the row's payment id and <see cref="Check"/>.
/// </summary>
public sealed record OutgoingInvoice(string Title, string Description, string Label, long AmountRials, string Check) : Outgoing
{
    /// <summary>The payment asked for, linked to the outbox row when it is written; not part of the payload.</summary>
    [JsonIgnore]
    public Payments.Payment? Payment { get; init; }

    /// <summary>Set by the sender from the outbox row.</summary>
    public int? PaymentId { get; init; }
}

/// <summary>Stops the spinner on an inline button; an optional short toast.</summary>
public sealed record OutgoingCallbackAnswer(string CallbackQueryId, string? Text = null) : Outgoing;

public enum KeyboardKind { Reply, Inline, Remove }

public sealed record Keyboard(KeyboardKind Kind, IReadOnlyList<IReadOnlyList<KeyboardButton>> Rows)
{
    public static Keyboard Remove { get; } = new(KeyboardKind.Remove, []);

    public static Keyboard Reply(params IReadOnlyList<KeyboardButton>[] rows) => new(KeyboardKind.Reply, rows);

    public static Keyboard Inline(params IReadOnlyList<KeyboardButton>[] rows) => new(KeyboardKind.Inline, rows);
}

public sealed record KeyboardButton(string Text, string? CallbackData = null, bool RequestContact = false)
{
    public static implicit operator KeyboardButton(string text) => new(text);
}
