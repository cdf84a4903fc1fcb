using System.Text;
using RahZendegi.Domain.Counseling;

namespace RahZendegi.Tests.Admin.Reports;

public sealed class ExportsPageTests
{
    [Fact]
    public async Task BookingsExport_ForALibraryOperator_HasPersianHeadersAndOnlyTheirLibrary()
    {
        using var session = await PanelSession.StartAsync();
        await session.AddStaffAsync("ilam", "LibraryOperator", 1);
        await using (var db = session.Database.NewContext())
        {
            Booking At(int library, string code) => new()
            {
                TrackingCode = code, BotName = "sandbox", UserId = 1, ChatId = 1, CounselorId = library, LibraryId = library,
                Topic = CounselingTopic.Family, StartsAt = new DateTime(2026, 12, 1, 6, 30, 0, DateTimeKind.Utc),
                EndsAt = new DateTime(2026, 12, 1, 7, 15, 0, DateTimeKind.Utc), Status = BookingStatus.Confirmed,
                BaseRials = 2_000_000, ToPayRials = 2_000_000, CreatedAt = new DateTime(2026, 11, 28, 6, 0, 0, DateTimeKind.Utc),
            };
            db.Bookings.AddRange(At(1, "1111111"), At(2, "2222222"));
            await db.SaveChangesAsync();
        }

        using var http = await session.SignInAsync("ilam");
        var bytes = await http.GetByteArrayAsync("/Reports/Exports?handler=Bookings");

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(l => l.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.StartsWith("\"تاریخ\",\"ساعت\",\"کتابخانه\"", lines[0]);
        Assert.Single(lines.Skip(1));
        Assert.Contains("\"1111111\"", lines[1]);
        Assert.Contains("\"۱۴۰۵/۰۹/۱۰\"", lines[1]);
    }
}
