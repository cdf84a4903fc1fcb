using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Pages.Counseling;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Tests.Admin.Counseling;

/// <summary>«نوبت برای مراجع حضوری»: an operator books for a person who does not use the bot, on the server, with antiforgery.</summary>
public sealed partial class StaffBookingPageTests
{
    private const string WalkInNationalId = "0013542419";
    private const string BotUserNationalId = "4728391051";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Book_WalkInRegisteredAtTheDesk_BookingIsListedWithASlipAndAudited(DatabaseProvider provider)
    {
        using var panel = await StartAsync(provider);

        var registered = await PostAsync(panel, "/Membership/New?nationalId=" + WalkInNationalId, "/Membership/New", new()
        {
            ["Input.FullName"] = "فاطمه رحیمی",
            ["Input.NationalId"] = PersianText.ToPersianDigits(WalkInNationalId),
            ["Input.Mobile"] = "۰۹۱۸۱۲۳۴۵۶۷",
            ["Input.Category"] = nameof(MemberCategory.Public),
            ["Input.LibraryId"] = Id(panel.LibraryOneId),
            ["ReturnUrl"] = NewPage(panel.LibraryOneId),
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var back = registered.Headers.Location!.OriginalString;
        Assert.Contains("Person=" + WalkInNationalId, back);

        var slip = await BookFirstFreeSlotAsync(panel, back);

        var trackingCode = TrackingCode().Match(slip).Groups[1].Value;
        Assert.NotEmpty(trackingCode);
        Assert.Contains("کتابخانه مرکزی", slip);
        Assert.Contains("۲۰۰٬۰۰۰ تومان", slip);
        Assert.Contains("چاپ برگه", slip);
        var list = await panel.Http.GetStringAsync("/Counseling/Bookings");
        Assert.Contains(trackingCode, list);
        Assert.Contains("فاطمه رحیمی", list);

        await using var db = panel.Database.NewContext();
        var booking = await db.Bookings.AsNoTracking().SingleAsync(b => b.MemberId != null);
        Assert.Equal((null, BookingStatus.Confirmed, panel.LibraryOneId), (booking.BotName, booking.Status, booking.LibraryId));
        Assert.Empty(await db.OutboxMessages.ToListAsync());
        Assert.Contains(await db.AuditEntries.AsNoTracking().ToListAsync(), a => a.UserName == CounselingPanel.OperatorName
            && a.Action == "booking.book-for-person" && a.Subject == "Booking " + booking.TrackingCode);
        Assert.Contains(await db.AuditEntries.AsNoTracking().ToListAsync(), a => a.Action == "member.register-at-desk");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Book_FourDesksRaceForOneSlotThroughThePage_ExactlyOneBookingAndTheOthersToldTheTimeIsGone(DatabaseProvider provider)
    {
        using var panel = await StartAsync(provider);
        string[] walkIns = ["1234567891", "2345678917", "3456789122", "5678912348"];
        foreach (var nationalId in walkIns)
        {
            await AddMemberAsync(panel, nationalId, withBot: false);
        }

        var slot = FirstSlot().Match(await panel.Http.GetStringAsync(NewPage(panel.LibraryOneId) + "&Person=" + walkIns[0])).Groups[1].Value;
        Assert.NotEmpty(slot);
        var desks = new List<(HttpClient Http, FormUrlEncodedContent Form)>();
        using var closeDesks = new Disposer(() => desks.ForEach(d => d.Http.Dispose()));
        foreach (var nationalId in walkIns)
        {
            var desk = await panel.NewDeskAsync();
            var page = NewPage(panel.LibraryOneId) + "&Person=" + nationalId + "&Input.Slot=" + slot;
            desks.Add((desk, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.LibraryId"] = Id(panel.LibraryOneId),
                ["Input.Topic"] = nameof(CounselingTopic.Family),
                ["Input.Slot"] = slot,
                ["Person"] = nationalId,
                ["__RequestVerificationToken"] = await PanelSession.TokenAsync(desk, page),
            })));
        }

        // Every desk has its preview open; all press «ثبت نوبت» at once.
        var answers = await Task.WhenAll(desks.Select(d => d.Http.PostAsync("/Counseling/Bookings/New", d.Form)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Redirect))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(CounselingPageTexts.SlotGone, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        }

        await using var db = panel.Database.NewContext();
        var startsAt = new DateTime(long.Parse(slot.Split('-')[1], CultureInfo.InvariantCulture), DateTimeKind.Utc);
        Assert.Equal(1, await db.Bookings.CountAsync(b => b.CounselorId == panel.CounselorId && b.StartsAt == startsAt));
        Assert.Equal(1, await db.Bookings.CountAsync(b => b.MemberId != null));
        Assert.Single(await db.AuditEntries.AsNoTracking().Where(a => a.Action == "booking.book-for-person").ToListAsync());
    }

    [Fact]
    public async Task Book_AtAnotherOperatorsLibrary_IsRefusedAndBooksNothing()
    {
        using var panel = await StartAsync();
        var memberId = await AddMemberAsync(panel, WalkInNationalId, withBot: false);

        var look = await panel.Http.GetAsync(NewPage(panel.LibraryTwoId));
        var token = await panel.TokenAsync(NewPage(panel.LibraryOneId));
        var post = await panel.Http.PostAsync("/Counseling/Bookings/New", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.LibraryId"] = Id(panel.LibraryTwoId),
            ["Input.Topic"] = nameof(CounselingTopic.Family),
            ["Input.Slot"] = $"{Id(panel.CounselorId)}-{DateTime.UtcNow.Date.AddDays(2).AddHours(6).Ticks}",
            ["Person"] = WalkInNationalId,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Forbidden, look.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        await using var db = panel.Database.NewContext();
        Assert.False(await db.Bookings.AnyAsync(b => b.MemberId == memberId));
    }

    [Fact]
    public async Task Book_PersonWithTheBot_TheBotNoticeIsInTheOutbox()
    {
        using var panel = await StartAsync();
        await AddMemberAsync(panel, BotUserNationalId, withBot: true);

        var slip = await BookFirstFreeSlotAsync(panel, NewPage(panel.LibraryOneId) + "&Person=" + BotUserNationalId);

        Assert.Contains("ربات هم نوبت را برای مراجع فرستاد", slip);
        await using var db = panel.Database.NewContext();
        var booking = await db.Bookings.AsNoTracking().SingleAsync(b => b.MemberId != null);
        Assert.Equal(("test", 55L), (booking.BotName, booking.UserId));
        var message = await db.OutboxMessages.AsNoTracking().SingleAsync();
        Assert.Equal(("test", 55L), (message.BotName, message.ChatId));
        Assert.Contains(PersianText.ToPersianDigits(booking.TrackingCode), ((OutgoingText)Outgoing.Deserialize(message.Payload)).Text);
    }

    [Fact]
    public async Task Book_WithoutAntiforgeryToken_IsRejected()
    {
        using var panel = await StartAsync();
        await AddMemberAsync(panel, WalkInNationalId, withBot: false);

        var post = await panel.Http.PostAsync("/Counseling/Bookings/New", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.LibraryId"] = Id(panel.LibraryOneId),
            ["Input.Topic"] = nameof(CounselingTopic.Family),
            ["Person"] = WalkInNationalId,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
    }

    /// <summary>Opens the page with the person chosen, takes the first free slot, previews, confirms; returns the slip's page.</summary>
    private static async Task<string> BookFirstFreeSlotAsync(CounselingPanel panel, string pageWithPerson)
    {
        var withSlots = await panel.Http.GetStringAsync(pageWithPerson);
        var slot = FirstSlot().Match(withSlots).Groups[1].Value;
        Assert.NotEmpty(slot);
        var preview = await panel.Http.GetStringAsync(pageWithPerson + "&Input.Slot=" + slot);
        Assert.Contains("data-preview=\"booking\"", preview);
        Assert.Contains("مبلغ قابل پرداخت: ۲۰۰٬۰۰۰ تومان", preview);

        var query = System.Web.HttpUtility.ParseQueryString(new Uri(panel.Http.BaseAddress!, pageWithPerson).Query);
        var confirmed = await PostAsync(panel, pageWithPerson + "&Input.Slot=" + slot, "/Counseling/Bookings/New", new()
        {
            ["Input.LibraryId"] = query["Input.LibraryId"]!,
            ["Input.Topic"] = query["Input.Topic"]!,
            ["Input.Slot"] = slot,
            ["Person"] = query["Person"]!,
        });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.StartsWith("/Counseling/Bookings/Confirmation/", confirmed.Headers.Location!.OriginalString);
        return await panel.Http.GetStringAsync(confirmed.Headers.Location);
    }

    private static async Task<CounselingPanel> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var panel = await CounselingPanel.StartAsync(provider);

        // Every day 08:00–20:00 at the first library: free slots whatever day the test runs.
        await using (var db = panel.Database.NewContext())
        {
            db.AddRange(Enum.GetValues<DayOfWeek>().Select(day => new WeeklyPlanEntry
            {
                CounselorId = panel.CounselorId, LibraryId = panel.LibraryOneId, Day = day, Start = new(8, 0), End = new(20, 0),
            }));
            await db.SaveChangesAsync();
        }

        await panel.SignInAsync();
        return panel;
    }

    private static async Task<int> AddMemberAsync(CounselingPanel panel, string nationalId, bool withBot)
    {
        await using var db = panel.Database.NewContext();
        var member = new Member
        {
            BotName = withBot ? "test" : null, UserId = withBot ? 55 : null, ChatId = withBot ? 55 : null,
            MembershipNumber = "05000" + nationalId[..3], FullName = "علی محمدی", NationalId = nationalId, Phone = "+989181234567",
            LibraryId = panel.LibraryOneId, Category = MemberCategory.Public, CreatedAt = DateTime.UtcNow,
        };
        db.Members.Add(member);
        await db.SaveChangesAsync();
        return member.Id;
    }

    private static async Task<HttpResponseMessage> PostAsync(CounselingPanel panel, string page, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await panel.TokenAsync(page);
        return await panel.Http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    private static string NewPage(int libraryId) => $"/Counseling/Bookings/New?Input.LibraryId={Id(libraryId)}&Input.Topic={nameof(CounselingTopic.Family)}";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed class Disposer(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }

    [GeneratedRegex("name=\"Input.Slot\" id=\"[^\"]+\" value=\"([0-9]+-[0-9]+)\"")]
    private static partial Regex FirstSlot();

    [GeneratedRegex("data-field=\"tracking-code\">([۰-۹]+)<")]
    private static partial Regex TrackingCode();
}
