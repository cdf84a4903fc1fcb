using System.Net;
using RahZendegi.Admin.Pages.System;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin.Operations;

/// <summary>The system page, as the provincial admin opens it after someone has chatted with the bot.</summary>
public sealed class SystemPageTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SystemPage_AfterAConversation_ShowsTheBotPollingWithItsLastSuccessTheEmptyQueuesAndTheHourlyCharts()
    {
        using var session = await PanelSession.StartWithMessengerAsync();
        var messenger = session.Messenger!;
        var person = new ChatScript(messenger.Bot, messenger.Emulator.AddUser().Id, Patience);
        Assert.Equal(MainMenuTexts.Welcome, (await person.SayAsync("/start")).Text);

        await session.AddStaffAsync("ostan", "ProvincialAdmin");
        using var http = await session.SignInAsync("ostan");
        var page = await http.GetStringAsync("/System");

        Assert.Contains(SystemTexts.Title, page);
        Assert.Contains($"<td class=\"rz-ltr\">{PanelSession.MessengerBotName}</td>", page);
        Assert.Contains($"<td>{SystemTexts.Polling}</td>", page);
        Assert.DoesNotContain(SystemTexts.NoSuccessYet, page);
        Assert.DoesNotContain(SystemTexts.NoBotHere, page);
        Assert.Contains("data-chart=\"updates-per-hour\"", page);
        Assert.Contains("data-chart=\"sends-per-hour\"", page);

        // The /start was received: this hour's row of the received chart's table counts it. The inbox keeps handled
        // updates three days, and the page says so.
        Assert.Contains("<td>۱</td>", page);
        Assert.Contains("data-received-since", page);
        Assert.Contains(SystemTexts.QueuesHeading, page);
        Assert.True(page.Contains(SystemTexts.NothingWaiting) || page.Contains("data-queues"), page);
    }

    [Fact]
    public async Task PanelWithoutTheBotWorker_ReceivesNothing_AndItsSystemPageSaysTheBotRunsElsewhere()
    {
        using var session = await PanelSession.StartWithMessengerAsync(settings: new Dictionary<string, string?> { ["Panel:BotWorker"] = "false" });
        var messenger = session.Messenger!;
        messenger.Bot.SendText(messenger.Emulator.AddUser().Id, "/start");

        await session.AddStaffAsync("ostan", "ProvincialAdmin");
        using var http = await session.SignInAsync("ostan");
        var page = await http.GetStringAsync("/System");

        Assert.Contains(SystemTexts.NoBotHere, page);
        Assert.DoesNotContain("data-bots>", page);
        Assert.Contains(session.Log, l => l.Contains("runs without the bot worker", StringComparison.Ordinal));
        // It knows the bot (for proofs and poster links), but nobody here polls it: the /start is still waiting.
        Assert.True(messenger.Bot.MethodCalls("getMe") > 0);
        Assert.Equal(0, messenger.Bot.MethodCalls("getUpdates"));
        Assert.Equal(1, messenger.Bot.PendingUpdateCount);
    }

    [Fact]
    public async Task SystemPage_ForALibraryOperator_IsRefused()
    {
        using var session = await PanelSession.StartAsync();
        await session.AddStaffAsync("kargozar", "LibraryOperator", 1);
        using var http = await session.SignInAsync("kargozar");

        using var response = await http.GetAsync("/System");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location?.ToString() ?? response.RequestMessage!.RequestUri!.ToString());
    }
}
