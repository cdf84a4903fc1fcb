using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Libraries;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin.Counseling;

/// <summary>
/// The panel as a real process on a fresh database with two libraries, a counsellor working at both, one booking
/// tomorrow at each, and a library operator of the first library (the session's known password).
/// </summary>
public sealed class CounselingPanel : IDisposable
{
    public const string OperatorName = "operator1";

    private readonly PanelSession session;

    private CounselingPanel(PanelSession session)
    {
        this.session = session;
        Http = session.NewClient();
    }

    public TestDatabase Database => session.Database;
    public HttpClient Http { get; }
    public int LibraryOneId { get; private set; }
    public int LibraryTwoId { get; private set; }
    public int CounselorId { get; private set; }
    public int LibraryOneBookingId { get; private set; }
    public int LibraryTwoBookingId { get; private set; }

    public static async Task<CounselingPanel> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var panel = new CounselingPanel(await PanelSession.StartAsync(demoData: false, provider));
        await panel.SeedAsync();
        return panel;
    }

    public Task SignInAsync() => PanelSession.SignInAsync(Http, OperatorName);

    /// <summary>Another signed-in operator's browser on the same panel, as at a second desk.</summary>
    public async Task<HttpClient> NewDeskAsync() => await session.SignInAsync(OperatorName);

    public Task<string> TokenAsync(string path) => PanelSession.TokenAsync(Http, path);

    public async Task<BookingStatus> StatusOfAsync(int bookingId)
    {
        await using var db = Database.NewContext();
        return await db.Bookings.AsNoTracking().Where(b => b.Id == bookingId).Select(b => b.Status).SingleAsync();
    }

    private async Task SeedAsync()
    {
        await using var db = Database.NewContext();
        var one = new Library { Name = "کتابخانه مرکزی", Province = "تهران", City = "تهران" };
        var two = new Library { Name = "کتابخانه پردیس", Province = "تهران", City = "پردیس" };
        var counselor = new Counselor { FullName = "مریم کاظمی", Specialties = CounselingTopic.Family, BasePrice = 2_000_000 };
        db.AddRange(one, two, counselor);
        await db.SaveChangesAsync();

        var tomorrow = DateTime.UtcNow.Date.AddDays(1).AddHours(7);
        var first = NewBooking(counselor.Id, one.Id, tomorrow, "1111111");
        var second = NewBooking(counselor.Id, two.Id, tomorrow.AddHours(2), "2222222");
        db.Bookings.AddRange(first, second);

        await db.SaveChangesAsync();
        await session.AddStaffAsync(OperatorName, "LibraryOperator", one.Id);
        LibraryOneId = one.Id;
        LibraryTwoId = two.Id;
        CounselorId = counselor.Id;
        LibraryOneBookingId = first.Id;
        LibraryTwoBookingId = second.Id;
    }

    private static Booking NewBooking(int counselorId, int libraryId, DateTime startsAt, string trackingCode) => new()
    {
        TrackingCode = trackingCode,
        BotName = "test",
        UserId = 1,
        ChatId = 1,
        CounselorId = counselorId,
        LibraryId = libraryId,
        Topic = CounselingTopic.Family,
        StartsAt = startsAt,
        EndsAt = startsAt.AddMinutes(45),
        Status = BookingStatus.Confirmed,
        BaseRials = 2_000_000,
        ToPayRials = 2_000_000,
        CreatedAt = DateTime.UtcNow,
    };


    public void Dispose()
    {
        Http.Dispose();
        session.Dispose();
    }
}
