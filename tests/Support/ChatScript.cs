using RahZendegi.Bot.Sandbox;

namespace RahZendegi.Tests.Support;

/// <summary>
/// One person in the sandbox chat, reading the bot's answers in order like a script. <paramref name="patience"/>: how
/// long to wait for each answer when the emulator's default is too short (real processes under load).
/// </summary>
public sealed class ChatScript(SandboxBot chat, long userId, TimeSpan? patience = null)
{
    public long UserId => userId;

    public SandboxBot Chat => chat;

    /// <summary>Types a message and returns the bot's next message.</summary>
    public async Task<SandboxMessage> SayAsync(string text)
    {
        chat.SendText(userId, text);
        return await NextAsync();
    }

    public Task<SandboxMessage> NextAsync() => chat.WaitForBotMessageAsync(userId, timeout: patience);

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
