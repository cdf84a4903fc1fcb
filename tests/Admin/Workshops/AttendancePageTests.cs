using System.Net;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Tests.Admin.Workshops;

public sealed class AttendancePageTests
{
    [Fact]
    public async Task Attendance_OnceTheWorkshopHasBegun_IsMarkedCorrectableAndAudited_NotBefore()
    {
        using var panel = await PanelSession.StartAsync();
        await panel.AddStaffAsync("kargozar", "LibraryOperator", 1);
        var begun = await AddWorkshopWithOneSeatAsync(panel, DateTime.UtcNow.AddHours(-1));
        var coming = await AddWorkshopWithOneSeatAsync(panel, DateTime.UtcNow.AddDays(3));
        using var http = await panel.SignInAsync("kargozar");

        var page = await http.GetStringAsync($"/Workshops/Registrations/{begun.Workshop}");
        var absent = await Mark(http, begun, attended: false);
        var present = await Mark(http, begun, attended: true);
        var early = await Mark(http, coming, attended: true);

        Assert.Contains("حضور و غیاب", page);
        Assert.Equal(HttpStatusCode.Redirect, absent.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, present.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        await using var db = panel.Database.NewContext();
        Assert.Equal(RegistrationStatus.Attended, db.WorkshopRegistrations.Single(r => r.Id == begun.Registration).Status);
        Assert.Equal(RegistrationStatus.Confirmed, db.WorkshopRegistrations.Single(r => r.Id == coming.Registration).Status);
        Assert.Equal(["workshop.attended", "workshop.no-show"],
            db.AuditEntries.Where(a => a.UserName == "kargozar" && a.Subject == $"Workshop {begun.Workshop}").Select(a => a.Action).OrderBy(a => a).ToList());
    }

    private static Task<HttpResponseMessage> Mark(HttpClient http, (int Workshop, int Registration) seat, bool attended) =>
        PanelSession.PostFormAsync(http, $"/Workshops/Registrations/{seat.Workshop}",
            $"/Workshops/Registrations/{seat.Workshop}?handler=Attendance&registrationId={seat.Registration}",
            new() { ["attended"] = attended ? "true" : "false" });

    private static async Task<(int Workshop, int Registration)> AddWorkshopWithOneSeatAsync(PanelSession panel, DateTime starts)
    {
        await using var db = panel.Database.NewContext();
        var workshop = new Workshop
        {
            Title = "کارگاه آزمایشی کتاب‌خوانی", Kind = WorkshopKind.Other, LibraryId = 1, Capacity = 10,
            SignUpDeadline = starts.AddDays(-1), BasePrice = 0,
        };
        workshop.Schedule([(starts, starts.AddHours(2))]);
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync();
        var registration = new WorkshopRegistration
        {
            WorkshopId = workshop.Id, BotName = "telegram", UserId = 31 + workshop.Id, ChatId = 31 + workshop.Id,
            Status = RegistrationStatus.Confirmed, Seat = 1, CreatedAt = DateTime.UtcNow, ConfirmedAt = DateTime.UtcNow,
        };
        db.WorkshopRegistrations.Add(registration);
        await db.SaveChangesAsync();
        return (workshop.Id, registration.Id);
    }
}
