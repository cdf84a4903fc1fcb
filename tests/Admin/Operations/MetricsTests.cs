using RahZendegi.Bot.MainMenu;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin.Operations;

/// <summary><c>/metrics</c> in Prometheus's text format, as a scraper reads it after people have chatted with the bot.</summary>
public sealed class MetricsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Metrics_AfterAConversation_ListTheRahZendegiSeries()
    {
        using var session = await PanelSession.StartWithMessengerAsync();
        var messenger = session.Messenger!;
        var person = new ChatScript(messenger.Bot, messenger.Emulator.AddUser().Id, Patience);
        Assert.Equal(MainMenuTexts.Welcome, (await person.SayAsync("/start")).Text);
        using var http = session.NewClient();

        // The sender counts a send once the messenger has answered it, a moment after the person sees the reply.
        var bot = $"bot=\"{PanelSession.MessengerBotName}\"";
        (string Name, string Tags)[] series =
        [
            ("rahzendegi_updates_received_total", bot),
            ("rahzendegi_updates_handled_total", "outcome=\"ok\""),
            ("rahzendegi_update_handling_seconds_bucket", bot),
            ("rahzendegi_update_handling_seconds_count", bot),
            ("rahzendegi_sends_total", "kind=\"reply\",outcome=\"sent\""),
        ];
        bool Lists(string text, (string Name, string Tags) one) =>
            text.Split('\n').Any(l => l.StartsWith(one.Name + "{", StringComparison.Ordinal) && l.Contains(bot) && l.Contains(one.Tags));
        var text = await ScrapeUntilAsync(http, t => series.All(s => Lists(t, s)));

        Assert.All(series, s => Assert.True(Lists(text, s), $"{s.Name} with {s.Tags} is not in:\n{text}"));
        Assert.Equal("text/plain", (await http.GetAsync("/metrics")).Content.Headers.ContentType!.MediaType);
    }

    private static async Task<string> ScrapeUntilAsync(HttpClient http, Func<string, bool> complete)
    {
        var until = DateTime.UtcNow + Patience;
        var text = await http.GetStringAsync("/metrics");
        while (!complete(text) && DateTime.UtcNow < until)
        {
            // The exporter answers from a copy it keeps a moment; the next scrape is a new collection.
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            text = await http.GetStringAsync("/metrics");
        }

        return text;
    }
}
