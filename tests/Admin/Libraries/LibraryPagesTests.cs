using System.Net;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Tests.Admin.Libraries;

public sealed class LibraryPagesTests
{
    [Fact]
    public async Task AddClosure_OverABookedSession_IsAuditedAndSendsStaffToTheCounselorsCancelPage()
    {
        using var panel = await PanelSession.StartAsync();
        await panel.AddStaffAsync("kargozar", "LibraryOperator", 1);
        var tomorrow = DateTime.UtcNow.Date.AddDays(1).AddHours(7);
        int counselorId;
        await using (var db = panel.Database.NewContext())
        {
            counselorId = db.WeeklyPlanEntries.First(e => e.LibraryId == 1).CounselorId;
            db.Bookings.Add(new Booking
            {
                TrackingCode = "3333333", BotName = "telegram", UserId = 9, ChatId = 9, CounselorId = counselorId, LibraryId = 1,
                Topic = CounselingTopic.Family, StartsAt = tomorrow, EndsAt = tomorrow.AddMinutes(45), Status = BookingStatus.Confirmed,
                CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        using var http = await panel.SignInAsync("kargozar");

        var added = await PanelSession.PostFormAsync(http, "/Libraries/Edit/1", "/Libraries/Edit/1?handler=AddClosure",
            new() { ["Closure.From"] = JalaliDate.FormatShortDate(tomorrow), ["Closure.Reason"] = "تعمیر سقف" });
        var page = await http.GetStringAsync("/Libraries/Edit/1");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("تعمیر سقف", page);
        Assert.Contains($"href=\"/Counseling/Counselors/Broken/{counselorId}\"", page);
        await using var check = panel.Database.NewContext();
        var closure = Assert.Single(check.LibraryClosures);
        Assert.True(closure.StartsAt <= tomorrow && tomorrow < closure.EndsAt);
        Assert.Single(check.AuditEntries.Where(a => a.Action == "library.closure.add" && a.UserName == "kargozar"));
    }

    [Fact]
    public async Task LibraryOperator_AnotherLibrarysClosureOrDetails_AreRefusedAndNothingIsWritten()
    {
        using var panel = await PanelSession.StartAsync();
        await panel.AddStaffAsync("kargozar", "LibraryOperator", 1);
        using var http = await panel.SignInAsync("kargozar");

        var list = await http.GetStringAsync("/Libraries");
        var closure = await PanelSession.PostFormAsync(http, "/Libraries", "/Libraries/Edit/2?handler=AddClosure",
            new() { ["Closure.From"] = "۱۴۰۵/۱۰/۰۱" });
        var rename = await PanelSession.PostFormAsync(http, "/Libraries", "/Libraries/Edit/1?handler=Save",
            new() { ["Input.Name"] = "نام تازه", ["Input.Province"] = "ایلام", ["Input.City"] = "ایلام" });

        Assert.Contains("data-library=\"1\"", list);
        Assert.DoesNotContain("data-library=\"2\"", list);
        Assert.Equal(HttpStatusCode.NotFound, closure.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rename.StatusCode);
        await using var db = panel.Database.NewContext();
        Assert.Empty(db.LibraryClosures);
        Assert.NotEqual("نام تازه", db.Libraries.Single(l => l.Id == 1).Name);
    }

    [Fact]
    public async Task Save_NewLibraryByTheProvincialAdmin_IsAddedOnceAndATwinIsRefusedInPersian()
    {
        using var panel = await PanelSession.StartAsync();
        await panel.AddStaffAsync("ostan", "ProvincialAdmin");
        using var http = await panel.SignInAsync("ostan");
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "کتابخانه عمومی شهید بهشتی", ["Input.Province"] = "ايلام", ["Input.City"] = "مهران",
            ["Input.Phone"] = "۰۸۴ ۳۳۸۲ ۱۲۳۴", ["Input.Active"] = "true",
        };

        var first = await PanelSession.PostFormAsync(http, "/Libraries/Edit", "/Libraries/Edit?handler=Save", new(fields));
        var twin = await PanelSession.PostFormAsync(http, "/Libraries/Edit", "/Libraries/Edit?handler=Save", new(fields));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains(RahZendegi.Admin.Pages.Libraries.LibrariesTexts.Duplicate, await twin.Content.ReadAsStringAsync());
        await using var db = panel.Database.NewContext();
        var added = Assert.Single(db.Libraries.Where(l => l.Name == "کتابخانه عمومی شهید بهشتی"));
        // Typed with an Arabic yeh and Persian digits: stored normalised, as the bot compares it.
        Assert.Equal("ایلام", added.Province);
        Assert.Equal("08433821234", added.Phone);
        Assert.Single(db.AuditEntries.Where(a => a.Action == "library.add" && a.UserName == "ostan"));
    }
}
