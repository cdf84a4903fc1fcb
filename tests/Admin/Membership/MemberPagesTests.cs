using System.Net;
using RahZendegi.Domain.Membership;

namespace RahZendegi.Tests.Admin.Membership;

public sealed class MemberPagesTests
{
    [Fact]
    public async Task Verify_PendingMember_WritesStatusAuditAndAMessageForThePerson()
    {
        using var panel = await PanelSession.StartAsync();
        await panel.AddStaffAsync("operator1", "LibraryOperator", LibraryIds(panel)[0]);
        var memberId = await AddPendingMemberAsync(panel, LibraryIds(panel)[0], "0499370899", 501);
        using var http = await panel.SignInAsync("operator1");

        var verified = await PanelSession.PostFormAsync(http, $"/Membership/Details/{memberId}", $"/Membership/Details/{memberId}?handler=Verify", []);

        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        await using var db = panel.Database.NewContext();
        Assert.Equal(CategoryStatus.Verified, db.Members.Single(m => m.Id == memberId).CategoryStatus);
        Assert.Single(db.AuditEntries.Where(a => a.Action == "member-category-verified" && a.UserName == "operator1"));
        Assert.Single(db.OutboxMessages.Where(o => o.ChatId == 501 && o.BotName == "telegram"));
    }

    [Fact]
    public async Task LibraryOperator_PricingAndAnotherLibrarysMember_AreRefused()
    {
        using var panel = await PanelSession.StartAsync();
        var libraries = LibraryIds(panel);
        await panel.AddStaffAsync("operator2", "LibraryOperator", libraries[0]);
        var elsewhere = await AddPendingMemberAsync(panel, libraries[1], "0499370899", 502);
        using var http = await panel.SignInAsync("operator2");

        var pricing = await http.GetAsync("/Pricing");
        var details = await http.GetAsync($"/Membership/Details/{elsewhere}");
        var verify = await PanelSession.PostFormAsync(http, "/Membership", $"/Membership/Details/{elsewhere}?handler=Verify", []);

        Assert.True(pricing.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect);
        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, verify.StatusCode);
        await using var db = panel.Database.NewContext();
        Assert.Equal(CategoryStatus.Pending, db.Members.Single(m => m.Id == elsewhere).CategoryStatus);
        Assert.Empty(db.OutboxMessages.Where(o => o.ChatId == 502));
    }

    [Fact]
    public async Task NotVerified_WithAReason_PageSpeaksOfAGroupNotVerifiedNeverOfARejectedClaim()
    {
        using var panel = await PanelSession.StartAsync();
        await panel.AddStaffAsync("operator1", "LibraryOperator", LibraryIds(panel)[0]);
        var memberId = await AddPendingMemberAsync(panel, LibraryIds(panel)[0], "0499370899", 503);
        using var http = await panel.SignInAsync("operator1");
        var pending = await http.GetStringAsync($"/Membership/Details/{memberId}");
        Assert.Contains(RahZendegi.Admin.Pages.Membership.MembershipPanelTexts.NotVerifiedButton, pending);

        var decided = await PanelSession.PostFormAsync(http, $"/Membership/Details/{memberId}", $"/Membership/Details/{memberId}?handler=Reject",
            new() { ["Input.Reason"] = "نامهٔ کمیته خوانا نبود." });
        var page = await http.GetStringAsync(decided.Headers.Location!.OriginalString);

        Assert.Contains(RahZendegi.Admin.Pages.Membership.MembershipPanelTexts.Rejected, page);
        Assert.Contains(RahZendegi.Admin.Pages.Membership.MembershipPanelTexts.StatusNotVerified, page);
        Assert.DoesNotContain("ادعا", page);
        Assert.DoesNotContain("رد", System.Text.RegularExpressions.Regex.Replace(page, "<[^>]*>|نامهٔ کمیته خوانا نبود\\.", " ").Split(' ', '\n'));
    }

    private static List<int> LibraryIds(PanelSession panel)
    {
        using var db = panel.Database.NewContext();
        return db.Libraries.OrderBy(l => l.Id).Select(l => l.Id).ToList();
    }

    private static async Task<int> AddPendingMemberAsync(PanelSession panel, int libraryId, string nationalId, long chatId)
    {
        await using var db = panel.Database.NewContext();
        var member = new Member
        {
            BotName = "telegram", UserId = chatId, ChatId = chatId, MembershipNumber = $"T{chatId}", FullName = "زهرا کریمی",
            NationalId = nationalId, Phone = "+989121234567", LibraryId = libraryId,
            Category = MemberCategory.CommitteeClient, CategoryStatus = CategoryStatus.Pending,
            CreatedAt = DateTime.UtcNow,
        };
        db.Members.Add(member);
        await db.SaveChangesAsync();
        return member.Id;
    }
}
