using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Staff;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin.Counseling;

/// <summary>
/// The panel as a real process on a fresh database with two libraries, a counsellor working at both, one booking
/// tomorrow at each, and a library operator of the first library who signs in with a known password.
/// </summary>
public sealed partial class CounselingPanel : IDisposable
{
    public const string OperatorName = "operator1";
    public const string OperatorPassword = "Operator-Ramz-1405";

    private CounselingPanel(TestDatabase database, ProductProcess process, HttpClient http)
    {
        Database = database;
        Process = process;
        Http = http;
    }

    public TestDatabase Database { get; }
    public ProductProcess Process { get; }
    public HttpClient Http { get; }
    public int LibraryOneId { get; private set; }
    public int LibraryTwoId { get; private set; }
    public int CounselorId { get; private set; }
    public int LibraryOneBookingId { get; private set; }
    public int LibraryTwoBookingId { get; private set; }

    public static async Task<CounselingPanel> StartAsync()
    {
        var database = new TestDatabase();
        var port = LoopbackPort.Free();
        var process = ProductProcess.Start("RahZendegi.Admin", new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = database.ConnectionString,
            ["Sandbox__Port"] = "0",
            ["Urls"] = $"http://127.0.0.1:{port}",
        });
        await process.WaitForLineAsync(l => l.Contains("Now listening on"), TimeSpan.FromSeconds(60));
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
        };
        var panel = new CounselingPanel(database, process, http);
        await panel.SeedAsync();
        return panel;
    }

    public async Task SignInAsync()
    {
        var signIn = await Http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = OperatorName,
            ["Input.Password"] = OperatorPassword,
            ["__RequestVerificationToken"] = await TokenAsync("/Account/Login"),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
    }

    public async Task<string> TokenAsync(string path) =>
        AntiforgeryPattern().Match(await Http.GetStringAsync(path)).Groups[1].Value;

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

        var user = new StaffUser { UserName = OperatorName, NormalizedUserName = OperatorName.ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString() };
        user.PasswordHash = new PasswordHasher<StaffUser>().HashPassword(user, OperatorPassword);
        db.Users.Add(user);
        var role = await db.Roles.SingleAsync(r => r.Name == "LibraryOperator");
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        db.StaffLibraries.Add(new StaffLibrary { StaffUserId = user.Id, LibraryId = one.Id });
        await db.SaveChangesAsync();
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

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();

    public void Dispose()
    {
        Http.Dispose();
        Process.Dispose();
        Database.Dispose();
    }
}
