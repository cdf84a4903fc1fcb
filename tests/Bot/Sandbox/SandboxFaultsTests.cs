using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace RahZendegi.Tests.Bot.Sandbox;

/// <summary>The emulator's network and platform faults, seen by the real Telegram.Bot client over HTTP.</summary>
public sealed class SandboxFaultsTests : SandboxServerTestBase
{
    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public async Task SendMessage_ConnectionDropped_ClientGetsNoAnswerAndTheChatHasTheMessageOnlyIfDroppedAfter(bool afterHandling, int messagesInChat)
    {
        Bot.DropNextConnection("sendMessage", afterHandling);

        await Assert.ThrowsAnyAsync<RequestException>(() => Client.SendMessage(Ali, "سلام"));

        Assert.Equal(messagesInChat, Bot.Messages(Ali).Count(m => m.FromBot));
        await Client.SendMessage(Ali, "دوباره");
        Assert.Equal(messagesInChat + 1, Bot.Messages(Ali).Count(m => m.FromBot));
    }

    [Fact]
    public async Task SendMessage_DuringAFloodWait_Answers429WithTheTimeLeftToEveryChat()
    {
        Bot.FloodWaitNext(retryAfterSeconds: 30);

        var first = await Assert.ThrowsAsync<ApiRequestException>(() => Client.SendMessage(Ali, "یک"));
        var other = await Assert.ThrowsAsync<ApiRequestException>(() => Client.SendMessage(Ali + 1, "دو"));

        Assert.Equal((429, 30), (first.ErrorCode, first.Parameters?.RetryAfter));
        Assert.Equal(429, other.ErrorCode);
        Assert.InRange(other.Parameters?.RetryAfter ?? 0, 29, 30);
        Assert.Empty(Bot.SendLog);
    }

    [Fact]
    public async Task SendMessage_ToAHeldChat_IsAnsweredOnlyAfterRelease()
    {
        var hold = Bot.HoldCallsTo(Ali);

        var send = Client.SendMessage(Ali, "سلام");
        await hold.Holding;
        Assert.False(send.IsCompleted);
        await Client.SendMessage(Ali + 1, "دیگری");
        hold.Release();

        Assert.Equal("سلام", (await send).Text);
        Assert.Equal([Ali + 1, Ali], Bot.SendLog.Select(s => s.ChatId));
    }
}
