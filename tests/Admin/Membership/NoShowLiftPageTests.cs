using System.Net;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Pages.Membership;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin.Membership;

/// <summary>«اجازهٔ نوبت‌گیری دوباره» on the member's page: after two no-shows, staff let a person book again, with a reason.</summary>
public sealed class NoShowLiftPageTests
{
    [Fact]
    public async Task Lift_BotMemberWithTwoNoShows_ReasonIsAuditedThePersonIsToldAndCanBookAgain()
    {
        using var panel = await PanelSession.StartAsync();
        var (memberId, libraryId) = await AddMemberWithNoShowsAsync(panel, bot: "telegram", n: 611);
        await panel.AddStaffAsync("operator1", "LibraryOperator", libraryId);
        using var http = await panel.SignInAsync("operator1");
        await using var services = new DomainServices(panel.Database, TimeProvider.System);
        Assert.Equal(BookingError.NeedsApproval, await CanBookAsync(services, "telegram", 611));

        var page = await http.GetStringAsync($"/Membership/Details/{memberId}");
        Assert.Contains(NoShowPanelTexts.Standing(2, 2), page);
        Assert.Contains(NoShowPanelTexts.LiftButton, page);

        var lifted = await PanelSession.PostFormAsync(http, $"/Membership/Details/{memberId}", $"/Membership/Details/{memberId}?handler=LiftNoShows",
            new() { ["Lift.Reason"] = "تماس گرفت؛ هر دو بار بیمار بود." });

        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        var after = await http.GetStringAsync(lifted.Headers.Location!.OriginalString);
        Assert.Contains(NoShowPanelTexts.Lifted(hasBot: true), after);
        Assert.DoesNotContain(NoShowPanelTexts.LiftButton, after);
        Assert.Equal(BookingError.None, await CanBookAsync(services, "telegram", 611));
        await using var db = panel.Database.NewContext();
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "member-no-show-block-lifted");
        Assert.Equal(("operator1", $"member:{memberId}", "تماس گرفت؛ هر دو بار بیمار بود."), (entry.UserName, entry.Subject, entry.Details));
        var notice = await db.OutboxMessages.AsNoTracking().SingleAsync(o => o.ChatId == 611);
        Assert.Equal(NoShowNotices.BlockLifted, Assert.IsType<OutgoingText>(Outgoing.Deserialize(notice.Payload)).Text);
    }

    [Fact]
    public async Task Lift_WalkInWithTwoNoShows_DeskCanBookForThemAgain()
    {
        using var panel = await PanelSession.StartAsync();
        var (memberId, libraryId) = await AddMemberWithNoShowsAsync(panel, bot: null, n: 612);
        await panel.AddStaffAsync("operator1", "LibraryOperator", libraryId);
        using var http = await panel.SignInAsync("operator1");
        await using var services = new DomainServices(panel.Database, TimeProvider.System);
        Assert.Equal(BookingError.NeedsApproval, (await BookAtTheDeskAsync(services, memberId, libraryId)).Error);

        var empty = await PanelSession.PostFormAsync(http, $"/Membership/Details/{memberId}", $"/Membership/Details/{memberId}?handler=LiftNoShows",
            new() { ["Lift.Reason"] = "  " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains(NoShowPanelTexts.ReasonRequired, await empty.Content.ReadAsStringAsync());

        var lifted = await PanelSession.PostFormAsync(http, $"/Membership/Details/{memberId}", $"/Membership/Details/{memberId}?handler=LiftNoShows",
            new() { ["Lift.Reason"] = "حضوری آمد و پوزش خواست." });

        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        Assert.Contains(NoShowPanelTexts.Lifted(hasBot: false), await http.GetStringAsync(lifted.Headers.Location!.OriginalString));
        Assert.Equal(BookingError.None, (await BookAtTheDeskAsync(services, memberId, libraryId)).Error);
        await using var db = panel.Database.NewContext();
        var approval = await db.NoShowApprovals.AsNoTracking().SingleAsync();
        Assert.Equal((memberId, (string?)null, "حضوری آمد و پوزش خواست."), (approval.MemberId, approval.BotName, approval.Reason));
        Assert.Single(await db.AuditEntries.AsNoTracking().Where(a => a.Action == "member-no-show-block-lifted").ToListAsync());
    }

    [Fact]
    public async Task Lift_MemberNotBlocked_ChangesNothing()
    {
        using var panel = await PanelSession.StartAsync();
        int memberId;
        int libraryId;
        await using (var db = panel.Database.NewContext())
        {
            libraryId = await db.Libraries.OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
            var member = Seed.Member(libraryId, 613, bot: "telegram", createdAt: DateTime.UtcNow);
            db.Members.Add(member);
            await db.SaveChangesAsync();
            memberId = member.Id;
        }

        await panel.AddStaffAsync("operator1", "LibraryOperator", libraryId);
        using var http = await panel.SignInAsync("operator1");
        Assert.DoesNotContain(NoShowPanelTexts.LiftButton, await http.GetStringAsync($"/Membership/Details/{memberId}"));

        var posted = await PanelSession.PostFormAsync(http, $"/Membership/Details/{memberId}", $"/Membership/Details/{memberId}?handler=LiftNoShows",
            new() { ["Lift.Reason"] = "بی‌دلیل" });

        Assert.Contains(NoShowPanelTexts.NotBlocked, await http.GetStringAsync(posted.Headers.Location!.OriginalString));
        await using var check = panel.Database.NewContext();
        Assert.Empty(await check.NoShowApprovals.ToListAsync());
        Assert.Empty(await check.AuditEntries.Where(a => a.Action == "member-no-show-block-lifted").ToListAsync());
    }

    /// <summary>A member of the first library with two past no-shows, as the bot or the desk would have booked them.</summary>
    internal static async Task<(int MemberId, int LibraryId)> AddMemberWithNoShowsAsync(PanelSession panel, string? bot, long n)
    {
        await using var db = panel.Database.NewContext();
        var libraryId = await db.Libraries.OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        var counselorId = await db.Counselors.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var member = Seed.Member(libraryId, n, bot: bot, createdAt: DateTime.UtcNow.AddMonths(-3));
        db.Members.Add(member);
        await db.SaveChangesAsync();
        for (var i = 1; i <= 2; i++)
        {
            var startsAt = DateTime.UtcNow.AddDays(-7 * i);
            db.Bookings.Add(new Booking
            {
                TrackingCode = $"{n}{i:D3}", BotName = member.BotName, UserId = member.UserId, ChatId = member.ChatId, MemberId = member.Id,
                CounselorId = counselorId, LibraryId = libraryId, Topic = CounselingTopic.Family,
                StartsAt = startsAt, EndsAt = startsAt.AddMinutes(45), Status = BookingStatus.NoShow, CreatedAt = startsAt.AddDays(-3),
            });
        }

        await db.SaveChangesAsync();
        return (member.Id, libraryId);
    }

    private static Task<BookingError> CanBookAsync(DomainServices services, string bot, long userId) =>
        services.InScopeAsync<BookingService, BookingError>(b => b.CanBookAsync(bot, userId, CancellationToken.None));

    private static Task<BookingResult> BookAtTheDeskAsync(DomainServices services, int memberId, int libraryId) =>
        services.InScopeAsync<BookingService, BookingResult>(async b =>
        {
            await using var scope = services.NewScope();
            var counselorId = await scope.Db().Counselors.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            var startsAt = DateTime.UtcNow.Date.AddDays(30).AddHours(6);
            return await b.BookForMemberAsync(memberId, new Slot(counselorId, libraryId, startsAt, startsAt.AddMinutes(45)),
                CounselingTopic.Family, null, "operator1", CancellationToken.None);
        });
}
