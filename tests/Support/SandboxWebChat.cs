using System.Net.Http.Json;
using System.Text.Json;

namespace RahZendegi.Tests.Support;

/// <summary>A person in the sandbox's web chat, through the same HTTP API the chat page uses.</summary>
public sealed class SandboxWebChat(Uri sandbox) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = sandbox, Timeout = TimeSpan.FromSeconds(60) };

    public Task SayAsync(long userId, string text) =>
        http.PostAsJsonAsync($"/sandbox/api/chats/{userId}/text", new { text });

    /// <summary>Sends a photo, as the chat page's photo button does (a stand-in image the emulator makes).</summary>
    public Task SendPhotoAsync(long userId) =>
        http.PostAsync($"/sandbox/api/chats/{userId}/photo", null);

    /// <summary>Waits, by the page's long poll, until the bot has said something containing <paramref name="part"/>.</summary>
    public async Task<string> WaitForBotTextAsync(long userId, string part, TimeSpan timeout) =>
        (await WaitForBotMessageAsync(userId, part, timeout)).Text;

    /// <summary>The same wait, returning the message's text and the labels of its reply keyboard.</summary>
    public async Task<(string Text, IReadOnlyList<string> Buttons)> WaitForBotMessageAsync(long userId, string part, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        long version = -1;
        while (true)
        {
            var query = version < 0 ? "" : $"?version={version}&wait=25";
            using var document = JsonDocument.Parse(await http.GetStringAsync($"/sandbox/api/chats/{userId}/messages{query}", limit.Token));
            var root = document.RootElement;
            version = root.GetProperty("version").GetInt64();
            foreach (var message in root.GetProperty("messages").EnumerateArray())
            {
                if (message.GetProperty("fromBot").GetBoolean() && message.GetProperty("text").GetString() is { } text && text.Contains(part, StringComparison.Ordinal))
                {
                    var buttons = message.GetProperty("replyKeyboard").EnumerateArray()
                        .SelectMany(row => row.EnumerateArray()).Select(b => b.GetProperty("text").GetString() ?? "").ToList();
                    return (text, buttons);
                }
            }
        }
    }

    /// <summary>The @usernames of the sandbox's bots, as its chat page lists them.</summary>
    public async Task<IReadOnlyList<string>> BotUsernamesAsync()
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync("/sandbox/api/state"));
        return [.. document.RootElement.GetProperty("bots").EnumerateArray().Select(b => b.GetProperty("username").GetString() ?? "")];
    }

    public void Dispose() => http.Dispose();
}
