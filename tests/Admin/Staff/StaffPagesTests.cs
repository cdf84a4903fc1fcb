using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace RahZendegi.Tests.Admin.Staff;

public sealed partial class StaffPagesTests
{
    [Fact]
    public async Task NewOperator_CreatedByTheProvincialAdmin_GetsAOneTimePasswordAndOnlyTheirLibrary()
    {
        using var session = await PanelSession.StartAsync();
        await session.AddStaffAsync("ostan", "ProvincialAdmin");
        using var admin = await session.SignInAsync("ostan");

        var response = await PanelSession.PostFormAsync(admin, "/Staff", "/Staff", new()
        {
            ["Input.UserName"] = "ilam.operator",
            ["Input.DisplayName"] = "متصدی کتابخانهٔ مرکزی",
            ["Input.Role"] = "LibraryOperator",
            ["Input.LibraryIds"] = "1",
        });
        var page = await response.Content.ReadAsStringAsync();
        var password = TemporaryPassword().Match(page).Groups[1].Value;
        Assert.NotEmpty(password);

        await using (var db = session.Database.NewContext())
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "ilam.operator");
            Assert.True(user.MustChangePassword);
            Assert.Equal([1], await db.StaffLibraries.Where(s => s.StaffUserId == user.Id).Select(s => s.LibraryId).ToListAsync());
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "staff-created"));
        }

        await session.AddStaffAsync("operator2", "LibraryOperator", 2);
        using var operatorClient = await session.SignInAsync("operator2");
        var refused = await operatorClient.GetAsync("/Staff");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    [GeneratedRegex("رمز موقت: ([A-Za-z0-9]+)")]
    private static partial Regex TemporaryPassword();
}
