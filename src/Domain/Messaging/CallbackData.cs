using System.Globalization;
using System.Text;

namespace RahZendegi.Domain.Messaging;

/// <summary>
/// The one format of inline-button data: <c>feature:action:id</c>, always within Telegram's 64 bytes.
/// Anything else (stale, forged) parses to null.
/// </summary>
public sealed record CallbackData(string Feature, string Action, int Id)
{
    private const int MaxBytes = 64;

    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Feature}:{Action}:{Id}");
        return Encoding.UTF8.GetByteCount(text) <= MaxBytes ? text : throw new InvalidOperationException("Callback data over 64 bytes.");
    }

    public static CallbackData? Parse(string? data)
    {
        var parts = data?.Split(':');
        return parts is [{ Length: > 0 } feature, { Length: > 0 } action, var id]
            && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? new CallbackData(feature, action, number)
            : null;
    }
}
