using System.Text.Json;
using System.Text.Json.Nodes;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace RahZendegi.Tests.Bot.Sandbox;

/// <summary>Every update the sandbox makes must parse with Telegram.Bot's own serializer settings.</summary>
public sealed class SandboxUpdateShapesTests : SandboxServerTestBase
{
    private const long Group = -7001;

    [Fact]
    public async Task GetUpdates_EveryUserAction_ParsesWithTelegramBot()
    {
        var text = Bot.SendText(Ali, "سلام");
        Bot.ShareContact(Ali);
        Bot.SendPhoto(Ali, "عکس من");
        Bot.SendSticker(Ali);
        Bot.SendVoice(Ali, 4);
        Bot.EditMessage(Ali, text.MessageId!.Value, "سلام دوباره");
        Bot.SendInGroup(Group, Ali, "/help@bot");
        await Client.SendMessage(Ali, "منو", replyMarkup: new Telegram.Bot.Types.ReplyMarkups.InlineKeyboardMarkup(
            Telegram.Bot.Types.ReplyMarkups.InlineKeyboardButton.WithCallbackData("الف", "a")));
        Bot.PressButton(Ali, "الف");

        var updates = await Client.GetUpdates();

        Assert.Equal(
            [UpdateType.Message, UpdateType.Message, UpdateType.Message, UpdateType.Message, UpdateType.Message,
             UpdateType.EditedMessage, UpdateType.Message, UpdateType.CallbackQuery],
            updates.Select(u => u.Type));
        Assert.Equal(MessageType.Contact, updates[1].Message!.Type);
        Assert.Equal("عکس من", updates[2].Message!.Caption);
        Assert.Equal(MessageType.Sticker, updates[3].Message!.Type);
        Assert.Equal(4, updates[4].Message!.Voice!.Duration);
        Assert.Equal("سلام دوباره", updates[5].EditedMessage!.Text);
        Assert.NotNull(updates[5].EditedMessage!.EditDate);
        Assert.Equal(ChatType.Group, updates[6].Message!.Chat.Type);
        Assert.Equal(Group, updates[6].Message!.Chat.Id);
    }

    [Fact]
    public async Task EnqueueRawUpdate_HandMadeObject_GetsNextIdAndParses()
    {
        var id = Bot.EnqueueRawUpdate(new JsonObject
        {
            ["message"] = new JsonObject
            {
                ["message_id"] = 1,
                ["date"] = 1_700_000_000,
                ["chat"] = new JsonObject { ["id"] = Ali, ["type"] = "private" },
                ["text"] = "دستی",
            },
        });

        var raw = await Http.GetStringAsync($"./bot{Server.Emulator.DefaultToken}/getUpdates");
        var result = JsonNode.Parse(raw)!["result"]!.AsArray();
        var update = JsonSerializer.Deserialize<Update>(result[0]!.ToJsonString(), JsonBotAPI.Options)!;

        Assert.Equal(id, update.Id);
        Assert.Equal("دستی", update.Message!.Text);
    }

    [Fact]
    public async Task GetUpdates_ClientCancelsLongPoll_UpdateIsNotLost()
    {
        using var cancel = new CancellationTokenSource();
        var poll = Client.GetUpdates(timeout: 50, cancellationToken: cancel.Token);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => poll);

        Bot.SendText(Ali, "بعد از لغو");
        var updates = await Client.GetUpdates(timeout: 50).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("بعد از لغو", Assert.Single(updates).Message!.Text);
    }
}
