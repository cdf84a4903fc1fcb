using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Pricing;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Tests.Admin.Workshops;

/// <summary>A workshop code brought to the desk: the same price and the same single use as in the bot.</summary>
public sealed class DeskDiscountCodeTests
{
    [Fact]
    public async Task RegisterAtTheDesk_WithAWorkshopCode_PreviewsAndChargesTheDiscountedPrice()
    {
        using var panel = await PanelSession.StartAsync();
        int workshopId, libraryId;
        await using (var db = panel.Database.NewContext())
        {
            libraryId = await db.Libraries.OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
            db.Members.Add(new Member
            {
                MembershipNumber = "06990002", FullName = "فاطمه رحیمی", NationalId = "0013542419", Phone = "+989130000002",
                LibraryId = libraryId, Category = MemberCategory.Public, CreatedAt = DateTime.UtcNow,
            });
            var starts = DateTime.UtcNow.Date.AddDays(10).AddHours(12);
            var workshop = new Workshop
            {
                Title = "کارگاه آزمایشی خوشنویسی", Kind = WorkshopKind.Other, LibraryId = libraryId, Capacity = 5,
                SignUpDeadline = starts.AddDays(-1), BasePrice = 1_000_000,
            };
            workshop.Schedule([(starts, starts.AddHours(2))]);
            db.Workshops.Add(workshop);
            db.DiscountCodes.Add(new DiscountCode { Code = "MIZ25", Percent = 25, ServiceKind = ServiceKind.Workshop });
            await db.SaveChangesAsync();
            workshopId = workshop.Id;
        }

        await panel.AddStaffAsync("operator12", "LibraryOperator", libraryId);
        using var http = await panel.SignInAsync("operator12");
        var page = $"/Workshops/Registrations/{workshopId}";

        var preview = await http.GetStringAsync(page + "?Person=0013542419&DiscountCode=miz25");
        await PanelSession.PostFormAsync(http, page, page + "?handler=Register", new() { ["Person"] = "0013542419", ["DiscountCode"] = "miz25" });

        Assert.Contains("۷۵٬۰۰۰ تومان", preview);
        Assert.Contains("کد تخفیف پذیرفته شد", preview);
        await using var check = panel.Database.NewContext();
        var registration = await check.WorkshopRegistrations.AsNoTracking().SingleAsync(r => r.WorkshopId == workshopId);
        Assert.Equal((1_000_000L, 750_000L), (registration.BaseRials, registration.ToPayRials));
        Assert.Equal(750_000L, (await check.Payments.AsNoTracking().SingleAsync(p => p.WorkshopRegistrationId == registration.Id)).DueRials);
        Assert.Equal(1, (await check.DiscountCodes.AsNoTracking().SingleAsync(c => c.Code == "MIZ25")).TimesUsed);
    }
}
