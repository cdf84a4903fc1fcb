using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Bot.Membership;
using RahZendegi.Bot.Privacy;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Privacy;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Privacy;

/// <summary>A half-filled membership draft left idle past the conversation timeout is cleared, not kept for ever.</summary>
public sealed class AbandonedDraftTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync(h => h.Settings["Demo:Seed"] = "true");

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<ChatScript> HalfwayThroughJoiningAsync()
    {
        var person = new ChatScript(host.Chat, host.Sandbox.Emulator.AddUser().Id);
        await person.SayAsync(MainMenuTexts.Membership);
        await person.SayAsync(PrivacyTexts.ConsentButton);
        await person.SayAsync(MemberCategoryNames.Public);
        await person.SayAsync("زهرا محمدی");
        return person;
    }

    [Fact]
    public async Task Round_ConversationIdlePastTheTimeout_ClearsItsDraftAndThePersonIsToldItExpired()
    {
        var gone = await HalfwayThroughJoiningAsync();
        var here = await HalfwayThroughJoiningAsync();
        await using (var db = host.Database.NewContext())
        {
            Assert.Equal("زهرا محمدی", FullNameIn((await db.Conversations.SingleAsync(c => c.UserId == gone.UserId)).Draft));
            await db.Conversations.Where(c => c.UserId == gone.UserId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastActivityAt, c => c.LastActivityAt.AddHours(-1)));
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AbandonedDrafts>().ClearAsync(TimeSpan.FromMinutes(30), CancellationToken.None));
        }

        await using (var db = host.Database.NewContext())
        {
            Assert.Null((await db.Conversations.SingleAsync(c => c.UserId == gone.UserId)).Draft);
            Assert.Equal("زهرا محمدی", FullNameIn((await db.Conversations.SingleAsync(c => c.UserId == here.UserId)).Draft));
        }

        Assert.Equal(CommonTexts.ConversationExpired, (await gone.SayAsync("5260181591")).Text);
        Assert.Equal(MembershipTexts.AskPhone, (await here.SayAsync("5260181591")).Text);
    }

    private static string? FullNameIn(string? draft) => draft is null ? null : JsonSerializer.Deserialize<MembershipDraft>(draft)?.FullName;
}
