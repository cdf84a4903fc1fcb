using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RahZendegi.Admin.Pages.Membership;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Payments;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin.Membership;

/// <summary>«ویرایش اطلاعات عضو»: staff correct a member's record with a reason; a new group is told to the person.</summary>
public sealed class MemberEditPageTests
{
    private const string NationalIdOfMember = "0499370899";

    [Fact]
    public async Task Edit_GroupToCommitteeClient_VerifiedFeeWaivedPersonToldAndAudited()
    {
        using var panel = await PanelSession.StartAsync();
        var (memberId, libraryId) = await RegisterInTheBotAsync(panel, chatId: 701);
        await panel.AddStaffAsync("operator1", "LibraryOperator", libraryId);
        using var http = await panel.SignInAsync("operator1");

        var saved = await PostAsync(http, memberId, new()
        {
            ["Input.FullName"] = "زهرا محمدی", ["Input.Mobile"] = "09123456789", ["Input.LibraryId"] = $"{libraryId}",
            ["Input.Category"] = nameof(MemberCategory.CommitteeClient), ["Input.Reason"] = "نامهٔ کمیته را آورد.",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(MemberEditTexts.Saved(groupChanged: true, hasBot: true), await http.GetStringAsync(saved.Headers.Location!.OriginalString));
        await using var db = panel.Database.NewContext();
        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId);
        Assert.Equal((MemberCategory.CommitteeClient, CategoryStatus.Verified, 0L), (member.Category, member.CategoryStatus, member.FeeToPayRials));
        var payment = await db.Payments.AsNoTracking().SingleAsync(p => p.MemberId == memberId);
        Assert.Equal((PaymentStatus.Waived, 0L), (payment.Status, payment.DueRials));
        var notice = await db.OutboxMessages.AsNoTracking().Where(o => o.ChatId == 701).OrderBy(o => o.Id).LastAsync();
        Assert.Equal(MembershipNotices.GroupChanged(MemberCategoryNames.CommitteeClient, 0), ((OutgoingText)Outgoing.Deserialize(notice.Payload)).Text);
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "member-edited");
        Assert.Equal(("operator1", $"member:{memberId}"), (entry.UserName, entry.Subject));
        Assert.Equal(MemberEditTexts.AuditDetails(MemberChanges.Group, MemberCategory.Public, MemberCategory.CommitteeClient, "نامهٔ کمیته را آورد."), entry.Details);
    }

    [Fact]
    public async Task Edit_NamePhoneAndLibrary_SavedNationalIdUnchangedNoMessageToThePerson()
    {
        using var panel = await PanelSession.StartAsync();
        var (memberId, libraryId) = await RegisterInTheBotAsync(panel, chatId: 702);
        int other;
        await using (var db = panel.Database.NewContext())
        {
            other = await db.Libraries.Where(l => l.Id != libraryId && l.Active).Select(l => l.Id).FirstAsync();
        }

        await panel.AddStaffAsync("ostan", "ProvincialAdmin");
        using var http = await panel.SignInAsync("ostan");
        var before = await OutboxCountAsync(panel, 702);

        var saved = await PostAsync(http, memberId, new()
        {
            ["Input.FullName"] = "زهرا كريمي‌نژاد", ["Input.Mobile"] = "۰۹۱۸۷۶۵۴۳۲۱", ["Input.LibraryId"] = $"{other}",
            ["Input.Category"] = nameof(MemberCategory.Public), ["Input.Reason"] = "تلفن تازه گرفته است.", ["Input.NationalId"] = "0013542419",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var check = panel.Database.NewContext();
        var member = await check.Members.AsNoTracking().SingleAsync(m => m.Id == memberId);
        Assert.Equal(("زهرا کریمی‌نژاد", "+989187654321", other, NationalIdOfMember), (member.FullName, member.Phone, member.LibraryId, member.NationalId));
        Assert.Equal(before, await OutboxCountAsync(panel, 702));
        Assert.Equal("نام، تلفن همراه، کتابخانه. دلیل: تلفن تازه گرفته است.",
            (await check.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "member-edited")).Details);
    }

    [Fact]
    public async Task Edit_WrongPhoneOrNoReasonOrNothingChanged_PersianErrorAndNothingSaved()
    {
        using var panel = await PanelSession.StartAsync();
        var (memberId, libraryId) = await RegisterInTheBotAsync(panel, chatId: 703);
        await panel.AddStaffAsync("operator1", "LibraryOperator", libraryId);
        using var http = await panel.SignInAsync("operator1");
        Dictionary<string, string> Form(string mobile, string reason, string name = "زهرا محمدی") => new()
        {
            ["Input.FullName"] = name, ["Input.Mobile"] = mobile, ["Input.LibraryId"] = $"{libraryId}",
            ["Input.Category"] = nameof(MemberCategory.Public), ["Input.Reason"] = reason,
        };

        var wrongPhone = await PostAsync(http, memberId, Form("0212345678", "شماره عوض شد"));
        var noReason = await PostAsync(http, memberId, Form("09181111111", ""));
        var unchanged = await PostAsync(http, memberId, Form("09123456789", "هیچ"));
        var latinName = await PostAsync(http, memberId, Form("09123456789", "نام", name: "Zahra"));

        Assert.Contains(MembershipPanelTexts.MobileInvalid, await wrongPhone.Content.ReadAsStringAsync());
        Assert.Contains(MemberEditTexts.ReasonRequired, await noReason.Content.ReadAsStringAsync());
        Assert.Contains(MemberEditTexts.NothingChanged, await unchanged.Content.ReadAsStringAsync());
        Assert.Contains(MembershipPanelTexts.NameInvalid, await latinName.Content.ReadAsStringAsync());
        await using var db = panel.Database.NewContext();
        Assert.Equal("+989123456789", (await db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId)).Phone);
        Assert.Empty(await db.AuditEntries.Where(a => a.Action == "member-edited").ToListAsync());
    }

    [Fact]
    public async Task Edit_LibraryOperator_CannotMoveAMemberToALibraryOutsideTheirScope()
    {
        using var panel = await PanelSession.StartAsync();
        var (memberId, libraryId) = await RegisterInTheBotAsync(panel, chatId: 704);
        int other;
        await using (var db = panel.Database.NewContext())
        {
            other = await db.Libraries.Where(l => l.Id != libraryId).Select(l => l.Id).FirstAsync();
        }

        await panel.AddStaffAsync("operator1", "LibraryOperator", libraryId);
        using var http = await panel.SignInAsync("operator1");

        var moved = await PostAsync(http, memberId, new()
        {
            ["Input.FullName"] = "زهرا محمدی", ["Input.Mobile"] = "09123456789", ["Input.LibraryId"] = $"{other}",
            ["Input.Category"] = nameof(MemberCategory.Public), ["Input.Reason"] = "جابه‌جایی",
        });

        Assert.Contains(MembershipPanelTexts.LibraryNotAllowed, await moved.Content.ReadAsStringAsync());
        await using var check = panel.Database.NewContext();
        Assert.Equal(libraryId, (await check.Members.AsNoTracking().SingleAsync(m => m.Id == memberId)).LibraryId);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, int memberId, Dictionary<string, string> fields) =>
        PanelSession.PostFormAsync(http, $"/Membership/Edit/{memberId}", $"/Membership/Edit/{memberId}", fields);

    private static async Task<int> OutboxCountAsync(PanelSession panel, long chatId)
    {
        await using var db = panel.Database.NewContext();
        return await db.OutboxMessages.CountAsync(o => o.ChatId == chatId);
    }

    /// <summary>A public member who joined in the bot, their membership fee still due, as the bot's sign-up leaves them.</summary>
    private static async Task<(int MemberId, int LibraryId)> RegisterInTheBotAsync(PanelSession panel, long chatId)
    {
        await using var services = new DomainServices(panel.Database, TimeProvider.System);
        await using var scope = services.NewScope();
        var db = scope.Db();
        var libraryId = await db.Libraries.Where(l => l.Active).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        var result = await scope.ServiceProvider.GetRequiredService<MembershipService>().RegisterAsync(new Registration(
            "telegram", chatId, chatId, MemberCategory.Public, "زهرا محمدی", NationalIdOfMember, "+989123456789", libraryId, null, null),
            CancellationToken.None);
        await db.SaveChangesAsync();
        return (result.Member!.Id, libraryId);
    }
}
