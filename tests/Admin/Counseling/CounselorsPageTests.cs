using System.Net;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Tests.Admin.Counseling;

public sealed class CounselorsPageTests
{
    [Fact]
    public async Task SavePlan_BreaksABooking_ListsItAndCancelsOnlyThoseInScopeWithAudit()
    {
        using var panel = await CounselingPanel.StartAsync();
        await panel.SignInAsync();
        var (counselorId, bookingDay) = await CounselorAndBookingDayAsync(panel);
        var otherDay = (bookingDay + 1) % 7;
        var edit = $"/Counseling/Counselors/Edit/{counselorId}";
        var token = await panel.TokenAsync(edit);

        var overlapping = await panel.Http.PostAsync(edit, Form(token, panel.LibraryOneId, otherDay, ("10:00", "11:00")));
        Assert.Contains("بازه‌های یک روز نباید روی هم بیفتند.", await overlapping.Content.ReadAsStringAsync());

        // Another weekday only, typed with Persian digits: tomorrow's booking no longer fits.
        var saved = await panel.Http.PostAsync(edit, Form(token, panel.LibraryOneId, otherDay));
        Assert.Equal($"/Counseling/Counselors/Broken/{counselorId}", saved.Headers.Location!.OriginalString);
        var broken = await panel.Http.GetStringAsync($"/Counseling/Counselors/Broken/{counselorId}");
        Assert.Contains("۱۱۱۱۱۱۱", broken);
        Assert.DoesNotContain("۲۲۲۲۲۲۲", broken);

        var cancelled = await panel.Http.PostAsync($"/Counseling/Counselors/Broken/{counselorId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Reason"] = "تغییر برنامه مشاور",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(BookingStatus.CancelledByStaff, await panel.StatusOfAsync(panel.LibraryOneBookingId));
        Assert.Equal(BookingStatus.Confirmed, await panel.StatusOfAsync(panel.LibraryTwoBookingId));
        await using var db = panel.Database.NewContext();
        Assert.Equal(["counselor.update", "counselor.broken-bookings.cancel"],
            await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(1, await db.OutboxMessages.AsNoTracking().CountAsync());
    }

    private static async Task<(int CounselorId, int BookingDay)> CounselorAndBookingDayAsync(CounselingPanel panel)
    {
        await using var db = panel.Database.NewContext();
        var booking = await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == panel.LibraryOneBookingId);
        return (booking.CounselorId, PersianWeek.DayIndex(JalaliDate.ToTehran(booking.StartsAt).DayOfWeek));
    }

    private static FormUrlEncodedContent Form(string token, int libraryId, int day, params (string Start, string End)[] extraRanges)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.FullName"] = "مریم کاظمی",
            ["Input.Gender"] = "Female",
            ["Input.Specialties"] = "Family",
            ["Input.SessionMinutes"] = "۴۵",
            ["Input.GapMinutes"] = "0",
            ["Input.PriceToman"] = "۲۰۰٬۰۰۰",
            ["Input.Active"] = "true",
            ["Input.Plan[0].LibraryId"] = Invariant(libraryId),
            ["Input.Plan[0].Day"] = Invariant(day),
            ["Input.Plan[0].Start"] = "۰۹:۰۰",
            ["Input.Plan[0].End"] = "00:00",
            ["__RequestVerificationToken"] = token,
        };
        for (var i = 0; i < extraRanges.Length; i++)
        {
            fields[$"Input.Plan[{i + 1}].LibraryId"] = Invariant(libraryId);
            fields[$"Input.Plan[{i + 1}].Day"] = Invariant(day);
            fields[$"Input.Plan[{i + 1}].Start"] = extraRanges[i].Start;
            fields[$"Input.Plan[{i + 1}].End"] = extraRanges[i].End;
        }

        return new FormUrlEncodedContent(fields);
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
