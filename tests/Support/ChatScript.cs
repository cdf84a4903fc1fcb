using RahZendegi.Bot.Sandbox;

namespace RahZendegi.Tests.Support;

/// <summary>One person in the sandbox chat, reading the bot's answers in order like a script.</summary>
public sealed class ChatScript(SandboxBot chat, long userId)
{
    public long UserId => userId;

    /// <summary>Types a message and returns the bot's next message.</summary>
    public async Task<SandboxMessage> SayAsync(string text)
    {
        chat.SendText(userId, text);
        return await NextAsync();
    }

    public Task<SandboxMessage> NextAsync() => chat.WaitForBotMessageAsync(userId);

    public async Task<SandboxMessage> ShareContactAsync(string phone, long? ownerId = null)
    {
        chat.ShareContact(userId, phone, ownerId ?? userId);
        return await NextAsync();
    }

    public async Task<SandboxMessage> SendPhotoAsync()
    {
        chat.SendPhoto(userId);
        return await NextAsync();
    }

    public async Task<SandboxMessage> SendStickerAsync()
    {
        chat.SendSticker(userId);
        return await NextAsync();
    }
}
