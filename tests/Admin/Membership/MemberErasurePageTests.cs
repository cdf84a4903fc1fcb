using System.Net;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Pages.Membership;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Privacy;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin.Membership;

/// <summary>A provincial admin erases a member from the member's page: asked first, audited by the member's id.</summary>
public sealed class MemberErasurePageTests
{
    [Fact]
    public async Task Erase_AsProvincialAdmin_AsksFirstThenErasesAndAuditsTheMemberId()
    {
        using var panel = await PanelSession.StartAsync();
        var memberId = await AddMemberAsync(panel, 711);
        await panel.AddStaffAsync("ostan", "ProvincialAdmin");
        using var http = await panel.SignInAsync("ostan");

        var details = await http.GetStringAsync($"/Membership/Details/{memberId}");
        Assert.Contains(ErasurePanelTexts.Link, details);
        var ask = await http.GetStringAsync($"/Membership/Erase/{memberId}");
        Assert.Contains(ErasurePanelTexts.WhatFollows, ask);
        Assert.Contains(ErasurePanelTexts.ConfirmButton, ask);
        Assert.Contains(ErasurePanelTexts.KeepLink, ask);
        await using (var db = panel.Database.NewContext())
        {
            Assert.Equal("زهرا محمدی", (await db.Members.SingleAsync(m => m.Id == memberId)).FullName);
        }

        var erased = await PanelSession.PostFormAsync(http, $"/Membership/Erase/{memberId}", $"/Membership/Erase/{memberId}", []);

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        var after = await http.GetStringAsync(erased.Headers.Location!.OriginalString);
        Assert.Contains(ErasurePanelTexts.Erased, after);
        Assert.Contains(ErasedMember.FullName, after);
        Assert.DoesNotContain(ErasurePanelTexts.Link, after);
        await using var check = panel.Database.NewContext();
        var member = await check.Members.SingleAsync(m => m.Id == memberId);
        Assert.Equal((ErasedMember.FullName, ErasedMember.NationalId(memberId), null), (member.FullName, member.NationalId, member.BotName));
        Assert.False(await check.Subscriptions.AnyAsync(s => s.UserId == 711));
        var entry = await check.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "member-erased");
        Assert.Equal(("ostan", $"member:{memberId}"), (entry.UserName, entry.Subject));
        Assert.DoesNotContain("زهرا", entry.Details ?? "");
    }

    [Fact]
    public async Task Erase_AsLibraryOperator_IsForbiddenAndNotOffered()
    {
        using var panel = await PanelSession.StartAsync();
        var memberId = await AddMemberAsync(panel, 712);
        await using (var db = panel.Database.NewContext())
        {
            await panel.AddStaffAsync("operator1", "LibraryOperator", (await db.Members.SingleAsync(m => m.Id == memberId)).LibraryId);
        }

        using var http = await panel.SignInAsync("operator1");

        Assert.DoesNotContain(ErasurePanelTexts.Link, await http.GetStringAsync($"/Membership/Details/{memberId}"));
        var response = await http.GetAsync($"/Membership/Erase/{memberId}");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        await using var check = panel.Database.NewContext();
        Assert.Equal("زهرا محمدی", (await check.Members.SingleAsync(m => m.Id == memberId)).FullName);
    }

    private static async Task<int> AddMemberAsync(PanelSession panel, long n)
    {
        await using var db = panel.Database.NewContext();
        var libraryId = await db.Libraries.OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        var member = Seed.Member(libraryId, n, bot: "telegram", createdAt: DateTime.UtcNow);
        db.Members.Add(member);
        db.Subscriptions.Add(new Subscription { BotName = "telegram", UserId = n, ChatId = n, Topics = AnnouncementTopic.All, UpdatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return member.Id;
    }
}
