using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using RahZendegi.Bot.Hosting;

namespace RahZendegi.Tests.Bot.Hosting;

/// <summary>Bale's own shapes of an update, read as Telegram's.</summary>
public sealed class BaleShapesTests
{
    private const string NumericContact =
        """{"update_id":7,"message":{"message_id":3,"date":1764750000,"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false,"first_name":"زهرا"},"contact":{"phone_number":989123456789,"first_name":"زهرا","user_id":42}}}""";

    [Fact]
    public void TryParse_ContactWithANumericPhone_ReadsItAsItsDigits()
    {
        using var json = JsonDocument.Parse(NumericContact);

        var update = ReceivedUpdate.TryParse(json.RootElement, NullLogger.Instance, out var id);

        Assert.Equal(7, id);
        Assert.NotNull(update);
        Assert.Equal(("989123456789", 42L), (update.Update.Message!.Contact!.PhoneNumber, update.Update.Message.Contact.UserId!.Value));
        Assert.Equal("989123456789", ReceivedUpdate.Parse(update.Payload).Message!.Contact!.PhoneNumber);
    }

    [Fact]
    public void Normalize_AnUpdateWithoutANumericPhone_IsLeftAsItIs()
    {
        const string text = """{"update_id":8,"message":{"message_id":4,"date":1764750000,"chat":{"id":42,"type":"private"},"text":"سلام"}}""";
        var asText = NumericContact.Replace("989123456789", "\"989123456789\"", StringComparison.Ordinal);

        Assert.Same(text, BaleShapes.Normalize(text));
        Assert.Same(asText, BaleShapes.Normalize(asText));
    }
}
