using System.Collections.Concurrent;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace RahZendegi.LoadTest;

/// <summary>
/// The yardstick: a minimal bot written with the unchanged Telegram.Bot client, run as its own process by the same
/// harness. It long-polls, answers each update with one message carrying a keyboard (so the simulated people walk on)
/// and keeps its state in memory: no database, no outbox, no flows. Every product figure also reads as a ratio to it.
/// </summary>
public static class BaselineBot
{
    public const string Argument = "--baseline-bot";

    // The simulated person picks any button that is not navigation, then cancels: one choice and «back» keep the walk going.
    private static readonly ReplyKeyboardMarkup Keyboard = new(
    [
        [new KeyboardButton("گزینه")],
        [new KeyboardButton(Bot.Conversations.CommonTexts.Back)],
    ]) { ResizeKeyboard = true };

    public static async Task<int> RunAsync()
    {
        var token = Environment.GetEnvironmentVariable("Bots__0__Token") ?? throw new InvalidOperationException("Bots__0__Token is not set.");
        var baseUrl = (Environment.GetEnvironmentVariable("Bots__0__ApiBaseUrl") ?? throw new InvalidOperationException("Bots__0__ApiBaseUrl is not set.")).TrimEnd('/');
        var longPoll = int.Parse(Environment.GetEnvironmentVariable("Pipeline__LongPollSeconds") ?? "10", System.Globalization.CultureInfo.InvariantCulture);
        using var stopping = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopping.Cancel();
        };

        var client = new TelegramBotClient(new TelegramBotClientOptions(token, baseUrl));
        var steps = new ConcurrentDictionary<long, int>();
        await client.DeleteWebhook(cancellationToken: stopping.Token);
        Console.WriteLine("info: the baseline bot is listening by long polling.");
        var offset = 0;
        while (!stopping.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await client.GetUpdates(offset, 100, longPoll, cancellationToken: stopping.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            foreach (var update in updates)
            {
                offset = update.Id + 1;
                if (update.Message is { } message)
                {
                    // Each person's answers are sent in order: the next update of theirs comes only after this reply.
                    var step = steps.AddOrUpdate(message.Chat.Id, 1, (_, n) => n + 1);
                    _ = ReplyAsync(client, message.Chat.Id, step, stopping.Token);
                }
            }
        }

        return 0;
    }

    private static async Task ReplyAsync(TelegramBotClient client, long chatId, int step, CancellationToken stopping)
    {
        try
        {
            await client.SendMessage(chatId, step > 0 ? "پاسخ" : "آغاز", replyMarkup: Keyboard, cancellationToken: stopping);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Console.WriteLine($"fail: {e.GetType().Name}: {e.Message}");
        }
    }
}
