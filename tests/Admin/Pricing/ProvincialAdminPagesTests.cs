using System.Net;
using System.Text;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Pricing;

namespace RahZendegi.Tests.Admin.Pricing;

public sealed class ProvincialAdminPagesTests
{
    [Fact]
    public async Task PricingAndImport_AsProvincialAdmin_SaveAuditedRowsAndShowTheResults()
    {
        using var panel = await PanelSession.StartAsync();
        await panel.AddStaffAsync("province", "ProvincialAdmin");
        using var http = await panel.SignInAsync("province");

        var rule = await PanelSession.PostFormAsync(http, "/Pricing", "/Pricing?handler=SaveRule", new()
        {
            ["Rule.ServiceKind"] = nameof(ServiceKind.Counseling),
            ["Rule.Category"] = nameof(MemberCategory.CommitteeStaffOrFamily),
            ["Rule.Percent"] = "30",
            ["Rule.ValidFrom"] = "۱۴۰۵/۰۱/۰۱",
            ["Rule.ValidTo"] = "",
        });
        var code = await PanelSession.PostFormAsync(http, "/Pricing", "/Pricing?handler=CreateCode", new()
        {
            ["Code.Code"] = "ketab۱۴۰۵", ["Code.Percent"] = "20", ["Code.ServiceKind"] = nameof(ServiceKind.Counseling), ["Code.UsageLimit"] = "50",
        });
        var preview = await http.GetStringAsync("/Pricing?Quote.BaseToman=۱۰۰۰۰۰&Quote.Kind=Counseling");

        Assert.Equal(HttpStatusCode.Redirect, rule.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Contains("۷۰٬۰۰۰ تومان", preview);

        var form = new MultipartFormDataContent
        {
            { new StringContent(nameof(MemberCategory.CommitteeClient)), "Input.Category" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("کد ملی\n0499370899\nnot-an-id\n")), "Input.File", "list.csv" },
        };
        var importPage = await http.GetStringAsync("/Membership/Import");
        form.Add(new StringContent(System.Text.RegularExpressions.Regex.Match(importPage, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value), "__RequestVerificationToken");
        var report = await (await http.PostAsync("/Membership/Import", form)).Content.ReadAsStringAsync();

        Assert.Contains("سطرهای نامعتبر: ۱", report);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/Membership?Q=۰۹۱۲۱۲۳۴۵۶۷&Pending=true")).StatusCode);
        await using var db = panel.Database.NewContext();
        Assert.Single(db.DiscountCodes.Where(c => c.Code == "KETAB1405"));
        Assert.Single(db.EligibleNationalIds.Where(e => e.NationalId == "0499370899"));
        Assert.Equal(3, db.AuditEntries.Count(a => a.UserName == "province"));
    }
}
