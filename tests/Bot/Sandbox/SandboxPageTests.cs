using System.Net.Http.Json;
using System.Text.Json;
using Telegram.Bot;

namespace RahZendegi.Tests.Bot.Sandbox;

public sealed class SandboxPageTests : SandboxServerTestBase
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task GetRoot_Always_ReturnsPersianRtlPage()
    {
        var response = await Http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("dir=\"rtl\"", html);
        Assert.Contains("lang=\"fa\"", html);
        Assert.Contains("ارسال", html);
        Assert.DoesNotContain("http", html);
        Assert.True((await Http.GetAsync("/sandbox/app.js")).IsSuccessStatusCode);
        Assert.True((await Http.GetAsync("/sandbox/app.css")).IsSuccessStatusCode);
    }

    [Fact]
    public async Task PostText_FromPage_ReachesTheBot()
    {
        var user = await (await Http.PostAsJsonAsync("/sandbox/api/users", new { firstName = "مریم" })).Content.ReadFromJsonAsync<JsonElement>();
        var userId = user.GetProperty("id").GetInt64();

        await Http.PostAsJsonAsync($"/sandbox/api/chats/{userId}/text", new { text = "سلام" });
        var update = Assert.Single(await Client.GetUpdates());

        Assert.Equal("سلام", update.Message!.Text);
        Assert.Equal("مریم", update.Message.From!.FirstName);
    }

    [Fact]
    public async Task GetMessages_LongPoll_AnswersWhenTheBotReplies()
    {
        var first = await Http.GetFromJsonAsync<JsonElement>($"/sandbox/api/chats/{Ali}/messages");
        var version = first.GetProperty("version").GetInt64();
        var poll = Http.GetFromJsonAsync<JsonElement>($"/sandbox/api/chats/{Ali}/messages?version={version}&wait=25");

        await Client.SendMessage(Ali, "خوش آمدید");
        var changed = await poll.WaitAsync(Bound);

        var message = Assert.Single(changed.GetProperty("messages").EnumerateArray());
        Assert.Equal("خوش آمدید", message.GetProperty("text").GetString());
        Assert.True(message.GetProperty("fromBot").GetBoolean());
    }

    [Fact]
    public async Task PostContact_FromPage_SharesOwnIranianMobile()
    {
        await Http.PostAsync($"/sandbox/api/chats/{Ali}/contact", null);
        var contact = Assert.Single(await Client.GetUpdates()).Message!.Contact!;

        Assert.Equal(Ali, contact.UserId);
        Assert.StartsWith("98912", contact.PhoneNumber);
    }
}
