using System.Net;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Pages.Membership;
using RahZendegi.Domain.Membership;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin.Membership;

/// <summary>The member's page lists the messengers they linked and takes one off, asking first, with audit.</summary>
public sealed class LinkedAccountsPageTests
{
    private static readonly string[] PlatformNames = ["تلگرام", "بله", "پیام‌رسان"];

    [Fact]
    public async Task Unlink_TheAccountUsedLast_AsksFirstThenIsAuditedAndTheOtherReachesThem()
    {
        using var panel = await PanelSession.StartAsync();
        var (memberId, libraryId, baleAccount) = await AddLinkedMemberAsync(panel, 621);
        await panel.AddStaffAsync("operator1", "LibraryOperator", libraryId);
        using var http = await panel.SignInAsync("operator1");

        var page = WebUtility.HtmlDecode(await http.GetStringAsync($"/Membership/Details/{memberId}"));
        Assert.Contains(LinkedAccountPanelTexts.Heading, page);
        Assert.Equal(2, CountOf(page, LinkedAccountPanelTexts.UnlinkButton));
        Assert.Equal(1, CountOf(page, LinkedAccountPanelTexts.ReachesHere));

        // The first press only asks, and says what follows; nothing changes yet.
        var asking = WebUtility.HtmlDecode(await http.GetStringAsync($"/Membership/Details/{memberId}?unlink={baleAccount}"));
        Assert.Contains(LinkedAccountPanelTexts.AreYouSure, asking);
        Assert.Contains(LinkedAccountPanelTexts.KeepLinked, asking);
        var platform = Assert.Single(PlatformNames, name => asking.Contains(LinkedAccountPanelTexts.UnlinkWarning(name)));
        await using (var before = panel.Database.NewContext())
        {
            Assert.Equal(2, await before.MemberAccounts.CountAsync(a => a.MemberId == memberId));
        }

        var unlinked = await PanelSession.PostFormAsync(http, $"/Membership/Details/{memberId}?unlink={baleAccount}",
            $"/Membership/Details/{memberId}?handler=Unlink&accountId={baleAccount}", []);

        Assert.Equal(HttpStatusCode.Redirect, unlinked.StatusCode);
        var after = WebUtility.HtmlDecode(await http.GetStringAsync(unlinked.Headers.Location!.OriginalString));
        Assert.Contains(LinkedAccountPanelTexts.Unlinked(platform), after);
        Assert.Equal(1, CountOf(after, LinkedAccountPanelTexts.UnlinkButton));
        await using var db = panel.Database.NewContext();
        var left = await db.MemberAccounts.AsNoTracking().SingleAsync(a => a.MemberId == memberId);
        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId);
        Assert.Equal(("telegram", left.UserId), (member.BotName, member.UserId!.Value));
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "member-account-unlinked");
        Assert.Equal(("operator1", $"member:{memberId}", platform), (entry.UserName, entry.Subject, entry.Details));
    }

    [Fact]
    public async Task Page_WalkInWithoutMessenger_SaysSoAndOffersNoUnlink()
    {
        using var panel = await PanelSession.StartAsync();
        await using var db = panel.Database.NewContext();
        var libraryId = await db.Libraries.OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        var walkIn = Seed.Member(libraryId, 622, bot: null, createdAt: DateTime.UtcNow.AddDays(-5));
        db.Members.Add(walkIn);
        await db.SaveChangesAsync();
        await panel.AddStaffAsync("operator1", "LibraryOperator", libraryId);
        using var http = await panel.SignInAsync("operator1");

        var response = await http.GetAsync($"/Membership/Details/{walkIn.Id}");
        Assert.True(response.IsSuccessStatusCode, string.Join("\n", panel.Log.TakeLast(30)));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains(LinkedAccountPanelTexts.None, page);
        Assert.DoesNotContain(LinkedAccountPanelTexts.UnlinkButton, page);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    private static async Task<(int MemberId, int LibraryId, int BaleAccount)> AddLinkedMemberAsync(PanelSession panel, long n)
    {
        await using var db = panel.Database.NewContext();
        var libraryId = await db.Libraries.OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        var member = Seed.Member(libraryId, n, bot: "telegram", createdAt: DateTime.UtcNow.AddMonths(-2));
        var bale = new MemberAccount { BotName = "bale", UserId = n + 1000, ChatId = n + 1000, LinkedAt = DateTime.UtcNow.AddDays(-3), LastUsedAt = DateTime.UtcNow.AddHours(-1) };
        member.Accounts.Add(new MemberAccount { BotName = "telegram", UserId = n, ChatId = n, LinkedAt = member.CreatedAt, LastUsedAt = DateTime.UtcNow.AddDays(-2) });
        member.Accounts.Add(bale);
        (member.BotName, member.UserId, member.ChatId) = (bale.BotName, bale.UserId, bale.ChatId);
        db.Members.Add(member);
        await db.SaveChangesAsync();
        return (member.Id, libraryId, bale.Id);
    }
}
