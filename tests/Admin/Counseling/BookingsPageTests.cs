using System.Net;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Counseling;

namespace RahZendegi.Tests.Admin.Counseling;

public sealed class BookingsPageTests
{
    [Fact]
    public async Task Bookings_LibraryOperator_SeesOnlyTheirLibraryAndCannotChangeAnother()
    {
        using var panel = await CounselingPanel.StartAsync();
        await panel.SignInAsync();

        var page = await panel.Http.GetStringAsync("/Counseling/Bookings");
        Assert.Contains($"data-booking=\"{panel.LibraryOneBookingId}\"", page);
        Assert.Contains("۱۱۱۱۱۱۱", page);
        Assert.DoesNotContain($"data-booking=\"{panel.LibraryTwoBookingId}\"", page);
        Assert.DoesNotContain("۲۲۲۲۲۲۲", page);

        var token = await panel.TokenAsync("/Counseling/Bookings");
        var post = await panel.Http.PostAsync($"/Counseling/Bookings?handler=Cancel&id={panel.LibraryTwoBookingId}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["reason"] = "بیماری مشاور", ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(BookingStatus.Confirmed, await panel.StatusOfAsync(panel.LibraryTwoBookingId));
    }

    [Fact]
    public async Task BookingAction_WithoutAntiforgeryToken_IsRejected()
    {
        using var panel = await CounselingPanel.StartAsync();
        var path = $"/Counseling/Bookings?handler=Attended&id={panel.LibraryOneBookingId}";

        // Anonymous: sent to sign in before anything runs.
        var anonymous = await panel.Http.PostAsync(path, new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/Account/Login", anonymous.Headers.Location!.PathAndQuery);

        // Signed in, but the form did not come from the panel.
        await panel.SignInAsync();
        var forged = await panel.Http.PostAsync(path, new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(BookingStatus.Confirmed, await panel.StatusOfAsync(panel.LibraryOneBookingId));
    }

    [Fact]
    public async Task Attended_BookingInScope_ChangesStatusAndIsAudited()
    {
        using var panel = await CounselingPanel.StartAsync();
        await panel.SignInAsync();
        var token = await panel.TokenAsync("/Counseling/Bookings");

        var post = await panel.Http.PostAsync($"/Counseling/Bookings?handler=Attended&id={panel.LibraryOneBookingId}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(BookingStatus.Attended, await panel.StatusOfAsync(panel.LibraryOneBookingId));
        await using var db = panel.Database.NewContext();
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync();
        Assert.Equal((CounselingPanel.OperatorName, "booking.attended", "Booking 1111111"), (entry.UserName, entry.Action, entry.Subject));
    }
}
