using System.Net;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Tests.Admin.Workshops;

/// <summary>«ثبت‌نام یک نفر» on a workshop's registrations: the bot's sign-up, done by an operator for a person at the desk.</summary>
public sealed class RegisterPersonPageTests
{
    private const string WalkInNationalId = "0013542419";
    private const string BotUserNationalId = "4728391051";

    [Fact]
    public async Task Register_WalkInForAFullWorkshop_WaitsAndIsListed()
    {
        using var panel = await PanelSession.StartAsync();
        var (libraryId, _) = await LibrariesAsync(panel);
        var workshopId = await AddWorkshopAsync(panel, libraryId, capacity: 1, seatTakenByBotUser: true);
        await AddMemberAsync(panel, libraryId, WalkInNationalId, withBot: false);
        await panel.AddStaffAsync("operator5", "LibraryOperator", libraryId);
        using var http = await panel.SignInAsync("operator5");
        var page = $"/Workshops/Registrations/{workshopId}";

        var preview = await http.GetStringAsync(page + "?Person=" + WalkInNationalId);
        var posted = await PanelSession.PostFormAsync(http, page, page + "?handler=Register", new() { ["Person"] = WalkInNationalId });
        var after = await http.GetStringAsync(posted.Headers.Location!.OriginalString);

        Assert.Contains("data-preview=\"workshop\"", preview);
        Assert.Contains("او در فهرست انتظار قرار می‌گیرد", preview);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("نفر ۱ فهرست انتظار شد", after);
        Assert.Contains("فاطمه رحیمی (ثبت حضوری)", after);
        await using var db = panel.Database.NewContext();
        var registration = await db.WorkshopRegistrations.AsNoTracking().SingleAsync(r => r.MemberId != null);
        Assert.Equal((RegistrationStatus.Waiting, "operator5"), (registration.Status, registration.RegisteredBy));
        Assert.Contains(await db.AuditEntries.AsNoTracking().ToListAsync(), a => a.UserName == "operator5" && a.Action == "workshop.register-person");
    }

    [Fact]
    public async Task Register_AtAnotherOperatorsLibrary_IsRefused()
    {
        using var panel = await PanelSession.StartAsync();
        var (libraryId, otherLibraryId) = await LibrariesAsync(panel);
        var workshopId = await AddWorkshopAsync(panel, libraryId, capacity: 5, seatTakenByBotUser: false);
        await AddMemberAsync(panel, libraryId, WalkInNationalId, withBot: false);
        await panel.AddStaffAsync("operator6", "LibraryOperator", otherLibraryId);
        using var http = await panel.SignInAsync("operator6");

        var page = await http.GetAsync($"/Workshops/Registrations/{workshopId}");
        var post = await PanelSession.PostFormAsync(http, "/Workshops", $"/Workshops/Registrations/{workshopId}?handler=Register",
            new() { ["Person"] = WalkInNationalId });

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        await using var db = panel.Database.NewContext();
        Assert.False(await db.WorkshopRegistrations.AnyAsync());
    }

    [Fact]
    public async Task Register_PersonWithTheBot_TheBotNoticeIsInTheOutbox()
    {
        using var panel = await PanelSession.StartAsync();
        var (libraryId, _) = await LibrariesAsync(panel);
        var workshopId = await AddWorkshopAsync(panel, libraryId, capacity: 5, seatTakenByBotUser: false);
        await AddMemberAsync(panel, libraryId, BotUserNationalId, withBot: true);
        await panel.AddStaffAsync("operator7", "LibraryOperator", libraryId);
        using var http = await panel.SignInAsync("operator7");
        var page = $"/Workshops/Registrations/{workshopId}";

        var posted = await PanelSession.PostFormAsync(http, page, page + "?handler=Register", new() { ["Person"] = BotUserNationalId });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        await using var db = panel.Database.NewContext();
        var registration = await db.WorkshopRegistrations.AsNoTracking().SingleAsync();
        Assert.Equal(("notabot", 77L, 1), (registration.BotName, registration.UserId, registration.Seat));
        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ChatId == 77);
        Assert.Equal("notabot", message.BotName);
        Assert.Contains("کارگاه آزمایشی خوشنویسی", ((OutgoingText)Outgoing.Deserialize(message.Payload)).Text);
    }

    private static async Task<(int Library, int Other)> LibrariesAsync(PanelSession panel)
    {
        await using var db = panel.Database.NewContext();
        var ids = await db.Libraries.OrderBy(l => l.Id).Select(l => l.Id).Take(2).ToListAsync();
        return (ids[0], ids[1]);
    }

    private static async Task<int> AddWorkshopAsync(PanelSession panel, int libraryId, int capacity, bool seatTakenByBotUser)
    {
        await using var db = panel.Database.NewContext();
        var starts = DateTime.UtcNow.Date.AddDays(10).AddHours(12);
        var workshop = new Workshop
        {
            Title = "کارگاه آزمایشی خوشنویسی", Kind = WorkshopKind.Other, LibraryId = libraryId, Capacity = capacity,
            SignUpDeadline = starts.AddDays(-1), BasePrice = 1_000_000,
        };
        workshop.Schedule([(starts, starts.AddHours(2))]);
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync();
        if (seatTakenByBotUser)
        {
            db.WorkshopRegistrations.Add(new WorkshopRegistration
            {
                WorkshopId = workshop.Id, BotName = "notabot", UserId = 1, ChatId = 1, Status = RegistrationStatus.Confirmed, Seat = 1,
                CreatedAt = DateTime.UtcNow, ConfirmedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        return workshop.Id;
    }

    // A bot name no configured bot has: the panel's own sender leaves the row where the test can read it.
    private static async Task AddMemberAsync(PanelSession panel, int libraryId, string nationalId, bool withBot)
    {
        await using var db = panel.Database.NewContext();
        db.Members.Add(new Member
        {
            BotName = withBot ? "notabot" : null, UserId = withBot ? 77 : null, ChatId = withBot ? 77 : null,
            MembershipNumber = "05999" + nationalId[..3], FullName = "فاطمه رحیمی", NationalId = nationalId, Phone = "+989181234567",
            LibraryId = libraryId, Category = MemberCategory.Public, CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
