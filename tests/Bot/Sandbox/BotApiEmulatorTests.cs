using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace RahZendegi.Tests.Bot.Sandbox;

public sealed class BotApiEmulatorTests : SandboxServerTestBase
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task GetMe_AnyToken_ReturnsThatBot()
    {
        var me = await NewClient("4242:another-token").GetMe();

        Assert.Equal(4242, me.Id);
        Assert.True(me.IsBot);
        Assert.False(string.IsNullOrEmpty(me.Username));
    }

    [Fact]
    public async Task GetUpdates_UserSendsDuringLongPoll_ReturnsBeforeTimeout()
    {
        var poll = Client.GetUpdates(timeout: 50);
        Assert.False(poll.IsCompleted);

        Bot.SendText(Ali, "/start payload");
        var updates = await poll.WaitAsync(Bound);

        var message = Assert.Single(updates).Message!;
        Assert.Equal("/start payload", message.Text);
        Assert.Equal(Ali, message.Chat.Id);
        Assert.Equal(ChatType.Private, message.Chat.Type);
        Assert.Equal(MessageEntityType.BotCommand, Assert.Single(message.Entities!).Type);
        Assert.Equal(6, message.Entities![0].Length);
        Assert.InRange(message.Date, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task GetUpdates_WhileAWebhookIsSet_IsRefusedUntilDeleteWebhookKeepsWhatIsPending()
    {
        await Client.SetWebhook(url: "http://127.0.0.1:9/webhook/test", secretToken: "secret_token-1");
        // The address refuses connections: the update stays queued, as on Telegram while a webhook fails.
        Bot.SendText(Ali, "سلام");

        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => Client.GetUpdates());
        var info = await Client.GetWebhookInfo();
        await Client.DeleteWebhook();
        var updates = await Client.GetUpdates();

        Assert.Equal(409, refused.ErrorCode);
        Assert.Equal("http://127.0.0.1:9/webhook/test", info.Url);
        Assert.Equal(1, info.PendingUpdateCount);
        Assert.Equal("سلام", Assert.Single(updates).Message!.Text);
        Assert.Null(Bot.WebhookUrl);
    }

    [Fact]
    public async Task GetUpdates_HigherOffset_ConfirmsUpdates()
    {
        Bot.SendText(Ali, "یک");
        Bot.SendText(Ali, "دو");

        var first = await Client.GetUpdates();
        var again = await Client.GetUpdates(offset: first[0].Id + 1);
        var rest = await Client.GetUpdates(offset: first[^1].Id + 1);

        Assert.Equal(2, first.Length);
        Assert.Equal("دو", Assert.Single(again).Message!.Text);
        Assert.Empty(rest);
        Assert.Equal(0, Bot.PendingUpdateCount);
    }

    [Fact]
    public async Task GetUpdates_UpdateIdRestartsLower_StaleOffsetStillDelivers()
    {
        Bot.SendText(Ali, "قبل");
        var before = await Client.GetUpdates();
        Bot.SetNextUpdateId(7);
        Bot.SendText(Ali, "بعد");

        var after = await Client.GetUpdates(offset: before[0].Id + 1);

        Assert.Equal(7, Assert.Single(after).Id);
    }

    [Fact]
    public async Task SendMessage_WithKeyboards_AppearsInTranscriptWithButtons()
    {
        var inline = new InlineKeyboardMarkup([[InlineKeyboardButton.WithCallbackData("مشاوره", "counsel"), InlineKeyboardButton.WithCallbackData("کارگاه", "workshop")]]);
        var reply = new ReplyKeyboardMarkup([[KeyboardButton.WithRequestContact("اشتراک شماره تماس")], [new KeyboardButton("بازگشت")]]);

        var sent = await Client.SendMessage(Ali, "منو", replyMarkup: inline);
        await Client.SendMessage(Ali, "شماره؟", replyMarkup: reply);

        var menu = await Bot.WaitForBotMessageAsync(Ali, timeout: Bound);
        var ask = await Bot.WaitForBotMessageAsync(Ali, timeout: Bound);
        Assert.Equal(sent.MessageId, menu.MessageId);
        Assert.Equal("counsel", sent.ReplyMarkup!.InlineKeyboard.First().First().CallbackData);
        Assert.Equal(["counsel", "workshop"], menu.InlineButtons.Select(b => b.CallbackData));
        Assert.Equal(2, ask.ReplyKeyboard.Count);
        Assert.True(ask.ReplyKeyboard[0][0].RequestContact);
        Assert.Equal("بازگشت", ask.ReplyKeyboard[1][0].Text);
        Assert.Equal(2, Bot.MethodCalls("sendMessage"));
    }

    [Fact]
    public async Task PressButton_OnBotMessage_ProducesCallbackQuery()
    {
        var sent = await Client.SendMessage(Ali, "منو", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("مشاوره", "counsel")));

        Bot.PressButton(Ali, "مشاوره");
        var query = Assert.Single(await Client.GetUpdates()).CallbackQuery!;
        await Client.AnswerCallbackQuery(query.Id, "ثبت شد");

        Assert.Equal("counsel", query.Data);
        Assert.Equal(Ali, query.From.Id);
        Assert.Equal(sent.MessageId, query.Message!.MessageId);
        Assert.Equal(1, Bot.AnsweredCallbackCount);
        await Assert.ThrowsAsync<ApiRequestException>(() => Client.AnswerCallbackQuery(query.Id));
    }

    [Fact]
    public async Task EditMessageText_WithoutMarkup_DropsInlineKeyboard()
    {
        var sent = await Client.SendMessage(Ali, "منو", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("الف", "a")));

        var edited = await Client.EditMessageText(Ali, sent.MessageId, "انتخاب شد");

        Assert.Null(edited.ReplyMarkup);
        await Bot.WaitForBotMessageAsync(Ali, m => m.MessageId == sent.MessageId, Bound);
        var seen = await Bot.WaitForBotMessageAsync(Ali, m => m.Edited, Bound);
        Assert.Equal("انتخاب شد", seen.Text);
        Assert.Empty(seen.InlineKeyboard);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client.EditMessageText(Ali, sent.MessageId, "انتخاب شد"));
        Assert.Contains("not modified", error.Message);
    }

    [Fact]
    public async Task SendPhoto_Upload_StoresPlaceholderPhoto()
    {
        using var file = new MemoryStream(new byte[1234]);

        var sent = await Client.SendPhoto(Ali, InputFile.FromStream(file, "poster.jpg"), caption: "پوستر کارگاه");

        Assert.Equal(1234, sent.Photo![^1].FileSize);
        var seen = await Bot.WaitForBotMessageAsync(Ali, timeout: Bound);
        Assert.Equal("پوستر کارگاه", seen.Text);
        Assert.Equal(RahZendegi.Bot.Sandbox.SandboxMessageKind.Photo, seen.Kind);
    }

    [Fact]
    public async Task SendMessage_BlockedUser_Throws403()
    {
        Bot.BlockBot(Ali);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client.SendMessage(Ali, "سلام"));

        Assert.Equal(403, error.ErrorCode);
        Assert.Contains("blocked", error.Message);
        Assert.Empty(Bot.Messages(Ali));
    }

    [Fact]
    public async Task SendMessage_OverChatRateLimit_Throws429WithRetryAfter()
    {
        Bot.SetRateLimit(messagesPerSecond: null, messagesPerSecondPerChat: 1);
        await Client.SendMessage(Ali, "یک");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client.SendMessage(Ali, "دو"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(1, error.Parameters?.RetryAfter);
    }

    [Fact]
    public async Task GetUpdates_MalformedRawUpdate_FailsTheBatch()
    {
        Bot.EnqueueRawUpdate("{\"update_id\":5,\"message\":{\"date\":\"not a number\"}}");

        await Assert.ThrowsAnyAsync<Exception>(() => Client.GetUpdates());
    }

    [Fact]
    public async Task UnknownMethod_Answers404()
    {
        var response = await Http.PostAsync($"./bot{Server.Emulator.DefaultToken}/sendTelepathy", null);

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Contains("\"ok\":false", await response.Content.ReadAsStringAsync());
    }
}
