using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Bot.Counseling;
using RahZendegi.Bot.Feedback;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Demo;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin.Counseling;

/// <summary>
/// The panel and its bot on a sandbox messenger the test holds, with demo data: a link code made on the counsellor's
/// page links a messenger account; a rating after a held session reaches the panel's averages; a leave request from the
/// bot is approved in the panel.
/// </summary>
public sealed partial class CounselorSidePanelTests : IAsyncLifetime
{
    private PanelSession session = null!;
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        session = await PanelSession.StartWithMessengerAsync();
        await session.AddStaffAsync("admin1", "ProvincialAdmin");
        admin = await session.SignInAsync("admin1");
    }

    public Task DisposeAsync()
    {
        admin.Dispose();
        session.Dispose();
        return Task.CompletedTask;
    }

    private ChatScript NewPerson() => new(session.Messenger!.Bot, session.Messenger.Emulator.AddUser().Id);

    private async Task<int> CounselorIdAsync(string name)
    {
        await using var db = session.Database.NewContext();
        return await db.Counselors.Where(c => c.FullName == name).Select(c => c.Id).SingleAsync();
    }

    [Fact]
    public async Task LinkCode_MadeInThePanel_LinksTheCounselorOnce()
    {
        var id = await CounselorIdAsync("علی رضایی");
        var page = $"/Counseling/Counselors/Messenger/{id}";
        var made = await PanelSession.PostFormAsync(admin, page, page + "?handler=Code", []);
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        var code = LinkCode().Match(await made.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.Equal(CounselorAccounts.CodeLength, code.Length);

        var counselor = NewPerson();
        Assert.Equal(CounselorTexts.Linked("علی رضایی"), (await counselor.SayAsync($"{CounselorTexts.Command} {code}")).Text);
        Assert.Equal(CounselorTexts.MenuPrompt("علی رضایی"), (await counselor.NextAsync()).Text);
        Assert.Equal(CounselorTexts.UnknownCode, (await NewPerson().SayAsync($"{CounselorTexts.Command} {code}")).Text);

        await using var db = session.Database.NewContext();
        var account = await db.CounselorAccounts.SingleAsync(a => a.CounselorId == id);
        Assert.Equal((PanelSession.MessengerBotName, counselor.UserId), (account.BotName, account.UserId));
        Assert.DoesNotContain(code, string.Join(",", await db.CounselorLinkCodes.Select(c => c.CodeHash).ToListAsync()));
        Assert.Contains("counselor.link-code", await db.AuditEntries.Select(a => a.Action).ToListAsync());
        Assert.Contains("تلگرام", await admin.GetStringAsync(page));
    }

    [Fact]
    public async Task Rating_AfterAHeldSession_AppearsInTheAverages_CommentsForTheAdminOnly()
    {
        var demoId = await CounselorIdAsync(DemoData.CounselorName);
        var client = NewPerson();
        int libraryId;
        await using (var db = session.Database.NewContext())
        {
            libraryId = await db.WeeklyPlanEntries.Where(e => e.CounselorId == demoId).Select(e => e.LibraryId).FirstAsync();
            var startsAt = DateTime.UtcNow.AddSeconds(-30);
            db.Bookings.Add(new Booking
            {
                TrackingCode = "8300001", BotName = PanelSession.MessengerBotName, UserId = client.UserId, ChatId = client.UserId, CounselorId = demoId,
                LibraryId = libraryId, Topic = CounselingTopic.Family, StartsAt = startsAt, EndsAt = startsAt.AddMinutes(45),
                Status = BookingStatus.Confirmed, CreatedAt = startsAt.AddDays(-1),
            });
            await db.SaveChangesAsync();
        }

        var counselor = new ChatScript(session.Messenger!.Bot, 9001);
        await counselor.SayAsync(CounselorTexts.Command);
        var card = await counselor.SayAsync(CounselorTexts.Today);
        session.Messenger.Bot.PressButton(counselor.UserId, card.MessageId, card.InlineButtons.Single(b => b.Text == CounselorTexts.HeldButton).CallbackData!);
        var ask = await client.NextAsync();
        session.Messenger.Bot.PressButton(client.UserId, ask.MessageId, ask.InlineButtons.Single(b => b.Text == "۵").CallbackData!);
        Assert.Equal(FeedbackTexts.AskComment, (await client.NextAsync()).Text);
        Assert.Equal(FeedbackTexts.Thanks, (await client.SayAsync("مشاور با حوصله گوش داد")).Text);

        var forAdmin = await admin.GetStringAsync("/Reports/Feedback");
        Assert.Contains(DemoData.CounselorName, forAdmin);
        Assert.Contains("۵٫۰", forAdmin);
        Assert.Contains("مشاور با حوصله گوش داد", forAdmin);

        await session.AddStaffAsync("operator1", "LibraryOperator", libraryId);
        using var operatorHttp = await session.SignInAsync("operator1");
        var forOperator = await operatorHttp.GetStringAsync("/Reports/Feedback");
        Assert.Contains("۵٫۰", forOperator);
        Assert.DoesNotContain("مشاور با حوصله گوش داد", forOperator);

        await session.AddStaffAsync("counselor1", "Counselor");
        await using (var db = session.Database.NewContext())
        {
            (await db.Users.SingleAsync(u => u.UserName == "counselor1")).CounselorId = demoId;
            await db.SaveChangesAsync();
        }

        using var counselorHttp = await session.SignInAsync("counselor1");
        var agenda = await counselorHttp.GetStringAsync("/Agenda");
        Assert.Contains("میانگین امتیاز مراجعان به شما: ۵٫۰ از ۵ (۱ نظر)", agenda);
        Assert.DoesNotContain("مشاور با حوصله گوش داد", agenda);
    }

    [Fact]
    public async Task LeaveRequest_FromTheBot_ApprovedInThePanel_BlocksTheDaysAndTellsTheCounselor()
    {
        var counselor = new ChatScript(session.Messenger!.Bot, 9001);
        var day = RahZendegi.Domain.Persian.JalaliDate.FromUtc(DateTime.UtcNow).AddDays(20);
        var typed = FormattableString.Invariant($"{day.Year}/{day.Month}/{day.Day}");
        await counselor.SayAsync(CounselorTexts.Command);
        Assert.Equal(CounselorTexts.AskLeaveFirst, (await counselor.SayAsync(CounselorTexts.Leave)).Text);
        Assert.Equal(CounselorTexts.NotADate + "\n\n" + CounselorTexts.AskLeaveFirst, (await counselor.SayAsync("فردا")).Text);
        Assert.Equal(CounselorTexts.AskLeaveLast, (await counselor.SayAsync(typed)).Text);
        Assert.Equal(CounselorTexts.AskLeaveReason, (await counselor.SayAsync(CounselorTexts.SameDay)).Text);
        Assert.StartsWith("درخواست مرخصی شما", (await counselor.SayAsync("دوره آموزشی")).Text);
        await counselor.NextAsync();

        var list = await admin.GetStringAsync("/Counseling/LeaveRequests");
        Assert.Contains("دوره آموزشی", list);
        int requestId;
        await using (var db = session.Database.NewContext())
        {
            requestId = await db.LeaveRequests.Select(r => r.Id).SingleAsync();
        }

        var approved = await PanelSession.PostFormAsync(admin, "/Counseling/LeaveRequests",
            $"/Counseling/LeaveRequests?handler=Approve&requestId={requestId}", []);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.StartsWith("مرخصی شما از", (await counselor.NextAsync()).Text);

        await using var check = session.Database.NewContext();
        var leave = await check.CounselorLeaves.SingleAsync();
        Assert.Equal(day.ToUtc(TimeOnly.MinValue).Utc, leave.StartsAt);
        Assert.Equal(LeaveRequestStatus.Approved, (await check.LeaveRequests.SingleAsync()).Status);
    }

    [GeneratedRegex("data-link-code=\"(\\d{8})\"")]
    private static partial Regex LinkCode();
}
