using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RahZendegi.Admin.Pages.Account;
using RahZendegi.Admin.Pages.Staff;
using RahZendegi.Domain.Staff;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin.Staff;

/// <summary>«مدیریت حساب»: the provincial admin disables, enables, resets, unlocks and re-roles staff accounts.</summary>
public sealed partial class StaffAccountPagesTests
{
    [Fact]
    public async Task Disable_AfterAskingFirst_EndsTheOpenSessionAtOnceAndRefusesSignInUntilEnabled()
    {
        using var panel = await PanelSession.StartAsync();
        await panel.AddStaffAsync("ostan", "ProvincialAdmin");
        await panel.AddStaffAsync("kargozar", "LibraryOperator", 1);
        using var admin = await panel.SignInAsync("ostan");
        using var operatorSession = await panel.SignInAsync("kargozar");
        Assert.Equal(HttpStatusCode.OK, (await operatorSession.GetAsync("/Membership")).StatusCode);
        var id = await IdOfAsync(panel, "kargozar");

        var asked = await admin.GetStringAsync($"/Staff/Account/{id}?confirm=disable");
        Assert.Contains(StaffTexts.AreYouSure, asked);
        Assert.Contains(StaffTexts.DisableWarning("kargozar"), asked);
        Assert.Contains(StaffTexts.KeepEnabled, asked);
        var disabled = await PanelSession.PostFormAsync(admin, $"/Staff/Account/{id}?confirm=disable", $"/Staff/Account/{id}?handler=Disable", []);

        Assert.Contains(StaffTexts.Disabled, await admin.GetStringAsync(disabled.Headers.Location!.OriginalString));
        var thrownOut = await operatorSession.GetAsync("/Membership");
        Assert.Equal(HttpStatusCode.Redirect, thrownOut.StatusCode);
        Assert.Contains("/Account/Login", thrownOut.Headers.Location!.OriginalString);
        using var again = panel.NewClient();
        var refused = await PanelSession.PostFormAsync(again, "/Account/Login", "/Account/Login",
            new() { ["Input.UserName"] = "kargozar", ["Input.Password"] = PanelSession.Password });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(AccountTexts.NotAllowed, await refused.Content.ReadAsStringAsync());

        var enabled = await PanelSession.PostFormAsync(admin, $"/Staff/Account/{id}", $"/Staff/Account/{id}?handler=Enable", []);
        Assert.Contains(StaffTexts.Enabled, await admin.GetStringAsync(enabled.Headers.Location!.OriginalString));
        using var back = await panel.SignInAsync("kargozar");
        await using var db = panel.Database.NewContext();
        Assert.Equal(["staff-disabled", "staff-enabled"],
            await db.AuditEntries.Where(a => a.Subject == "kargozar" && a.UserName == "ostan").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task ResetPassword_ShownOnceOldOneStopsWorkingNewOneMustBeChanged()
    {
        using var panel = await PanelSession.StartAsync();
        await panel.AddStaffAsync("ostan", "ProvincialAdmin");
        await panel.AddStaffAsync("kargozar", "LibraryOperator", 1);
        using var admin = await panel.SignInAsync("ostan");
        using var operatorSession = await panel.SignInAsync("kargozar");
        var id = await IdOfAsync(panel, "kargozar");

        Assert.Contains(StaffTexts.ResetWarning("kargozar"), await admin.GetStringAsync($"/Staff/Account/{id}?confirm=reset"));
        var reset = await PanelSession.PostFormAsync(admin, $"/Staff/Account/{id}?confirm=reset", $"/Staff/Account/{id}?handler=ResetPassword", []);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var password = NewPassword().Match(await reset.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.NotEmpty(password);
        Assert.DoesNotContain(password, await admin.GetStringAsync($"/Staff/Account/{id}"));
        Assert.Equal(HttpStatusCode.Redirect, (await operatorSession.GetAsync("/Membership")).StatusCode);
        using var oldPassword = panel.NewClient();
        var refused = await PanelSession.PostFormAsync(oldPassword, "/Account/Login", "/Account/Login",
            new() { ["Input.UserName"] = "kargozar", ["Input.Password"] = PanelSession.Password });
        Assert.Contains(AccountTexts.WrongCredentials, await refused.Content.ReadAsStringAsync());
        using var newPassword = panel.NewClient();
        var signedIn = await PanelSession.PostFormAsync(newPassword, "/Account/Login", "/Account/Login",
            new() { ["Input.UserName"] = "kargozar", ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("/Account/ChangePassword", (await newPassword.GetAsync("/Membership")).Headers.Location!.OriginalString);
        await using var db = panel.Database.NewContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == "staff-password-reset");
        Assert.DoesNotContain(password, entry.Details ?? "");
    }

    [Fact]
    public async Task Unlock_AfterFiveWrongPasswords_TheRightPasswordWorksAgain()
    {
        using var panel = await PanelSession.StartAsync();
        await panel.AddStaffAsync("ostan", "ProvincialAdmin");
        await panel.AddStaffAsync("kargozar", "LibraryOperator", 1);
        using var admin = await panel.SignInAsync("ostan");
        using (var wrong = panel.NewClient())
        {
            for (var attempt = 0; attempt < 5; attempt++)
            {
                await PanelSession.PostFormAsync(wrong, "/Account/Login", "/Account/Login",
                    new() { ["Input.UserName"] = "kargozar", ["Input.Password"] = "Eshtebah-Ramz-1405" });
            }
        }

        var id = await IdOfAsync(panel, "kargozar");
        Assert.Contains(StaffTexts.UnlockButton, await admin.GetStringAsync($"/Staff/Account/{id}"));
        var unlocked = await PanelSession.PostFormAsync(admin, $"/Staff/Account/{id}", $"/Staff/Account/{id}?handler=Unlock", []);

        Assert.Contains(StaffTexts.Unlocked, await admin.GetStringAsync(unlocked.Headers.Location!.OriginalString));
        using var back = await panel.SignInAsync("kargozar");
        await using var db = panel.Database.NewContext();
        Assert.Single(await db.AuditEntries.Where(a => a.Action == "staff-unlocked" && a.Subject == "kargozar").ToListAsync());
    }

    [Fact]
    public async Task ChangeRole_OperatorMovedToAnotherLibrary_TheOpenSessionSeesOnlyTheNewOneAtOnce()
    {
        using var panel = await PanelSession.StartAsync();
        await panel.AddStaffAsync("ostan", "ProvincialAdmin");
        await panel.AddStaffAsync("kargozar", "LibraryOperator", 1);
        using var admin = await panel.SignInAsync("ostan");
        using var operatorSession = await panel.SignInAsync("kargozar");
        Assert.Equal(HttpStatusCode.OK, (await operatorSession.GetAsync("/Libraries/Edit/1")).StatusCode);
        var id = await IdOfAsync(panel, "kargozar");

        var noLibrary = await PanelSession.PostFormAsync(admin, $"/Staff/Account/{id}", $"/Staff/Account/{id}?handler=Role",
            new() { ["Input.Role"] = "LibraryOperator" });
        Assert.Contains(StaffTexts.LibraryRequired, await noLibrary.Content.ReadAsStringAsync());
        var toCounselor = await PanelSession.PostFormAsync(admin, $"/Staff/Account/{id}", $"/Staff/Account/{id}?handler=Role",
            new() { ["Input.Role"] = "Counselor" });
        Assert.Contains(StaffTexts.CounselorRequired, await toCounselor.Content.ReadAsStringAsync());
        var moved = await PanelSession.PostFormAsync(admin, $"/Staff/Account/{id}", $"/Staff/Account/{id}?handler=Role",
            new() { ["Input.Role"] = "LibraryOperator", ["Input.LibraryIds"] = "2" });

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        await using var db = panel.Database.NewContext();
        Assert.Equal([2], await db.StaffLibraries.Where(l => l.StaffUserId == id).Select(l => l.LibraryId).ToListAsync());
        Assert.Single(await db.AuditEntries.Where(a => a.Action == "staff-role-changed" && a.Subject == "kargozar").ToListAsync());
        var promoted = await PanelSession.PostFormAsync(admin, $"/Staff/Account/{id}", $"/Staff/Account/{id}?handler=Role",
            new() { ["Input.Role"] = "ProvincialAdmin" });
        Assert.Equal(HttpStatusCode.Redirect, promoted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await operatorSession.GetAsync("/Staff")).StatusCode);
    }

    [Fact]
    public async Task SelfAndLastAdmin_AreNeverDisabledOrDemoted()
    {
        using var panel = await PanelSession.StartAsync();
        await panel.AddStaffAsync("ostan", "ProvincialAdmin");
        using var admin = await panel.SignInAsync("ostan");
        var self = await IdOfAsync(panel, "ostan");
        var firstAdmin = await IdOfAsync(panel, "admin");

        Assert.DoesNotContain(StaffTexts.DisableButton, await admin.GetStringAsync($"/Staff/Account/{self}"));
        var selfDisable = await PanelSession.PostFormAsync(admin, $"/Staff/Account/{self}", $"/Staff/Account/{self}?handler=Disable", []);
        Assert.Contains(StaffTexts.Refused(StaffOutcome.Self), await admin.GetStringAsync(selfDisable.Headers.Location!.OriginalString));
        var selfDemote = await PanelSession.PostFormAsync(admin, $"/Staff/Account/{self}", $"/Staff/Account/{self}?handler=Role",
            new() { ["Input.Role"] = "LibraryOperator", ["Input.LibraryIds"] = "1" });
        Assert.Contains(StaffTexts.Refused(StaffOutcome.Self), await selfDemote.Content.ReadAsStringAsync());
        await PanelSession.PostFormAsync(admin, $"/Staff/Account/{firstAdmin}", $"/Staff/Account/{firstAdmin}?handler=Disable", []);

        // «ostan» is now the only active provincial admin: no one may take that away.
        await using var services = new DomainServices(panel.Database, TimeProvider.System,
            s => s.AddScoped<IPasswordHasher<StaffUser>, PasswordHasher<StaffUser>>().AddScoped<StaffAccounts>());
        Assert.Equal(StaffOutcome.LastAdmin, await services.InScopeAsync<StaffAccounts, StaffOutcome>(a => a.DisableAsync(self, "someone", CancellationToken.None)));
        Assert.Equal(StaffOutcome.LastAdmin, await services.InScopeAsync<StaffAccounts, StaffOutcome>(
            a => a.ChangeRoleAsync(self, StaffAccounts.OperatorRole, [1], null, "someone", CancellationToken.None)));
        await using var db = panel.Database.NewContext();
        Assert.Null((await db.Users.SingleAsync(u => u.Id == self)).DisabledAt);
        Assert.NotNull((await db.Users.SingleAsync(u => u.Id == firstAdmin)).DisabledAt);
        Assert.Empty(await db.AuditEntries.Where(a => a.Subject == "ostan").ToListAsync());
    }

    private static async Task<string> IdOfAsync(PanelSession panel, string userName)
    {
        await using var db = panel.Database.NewContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    [GeneratedRegex("data-new-password=\"([^\"]+)\"")]
    private static partial Regex NewPassword();
}
