namespace RahZendegi.Bot.Sandbox;

/// <summary>Letting go of old messages, so a long load run does not keep every chat's whole history.</summary>
public sealed partial class SandboxBot
{
    /// <summary>
    /// Forgets the chat's messages so far (their buttons can no longer be pressed); the next message ids and any
    /// waits for the bot's next message go on as before.
    /// </summary>
    public void ForgetChatHistory(long chatId)
    {
        lock (_gate)
        {
            if (!_chats.TryGetValue(chatId, out var chat))
                return;
            chat.Transcript.Clear();
            chat.MessageJson.Clear();
            chat.BotEvents.RemoveRange(0, chat.ReadCursor);
            chat.ReadCursor = 0;
        }
    }
}
