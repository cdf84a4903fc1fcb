using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Pricing;
using RahZendegi.Domain.Reports;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Data;

/// <summary>Every install starts with the article's discounts and the solar holidays; what staff change afterwards stands.</summary>
public sealed class InstallDefaultsTests : IDisposable
{
    // Saturday 28 Azar 1405, 08:00 in Tehran.
    private static readonly DateTime Now = new(2026, 12, 19, 4, 30, 0, DateTimeKind.Utc);

    private readonly TestDatabase database = TestDatabase.Migrated();
    private readonly FakeTimeProvider time = new(Now);

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Write_FreshInstall_ArticleRulesAndTheSolarHolidaysOfThisYearAndTheNext()
    {
        await WriteAsync();

        await using var db = database.NewContext();
        var rules = await db.DiscountRules.Select(r => new { r.ServiceKind, r.Category, r.Percent }).ToListAsync();
        Assert.Equal(8, rules.Count);
        Assert.Contains(new { ServiceKind = ServiceKind.Membership, Category = MemberCategory.CommitteeClient, Percent = 100 }, rules);
        Assert.Contains(new { ServiceKind = ServiceKind.Counseling, Category = MemberCategory.LibraryStaff, Percent = 40 }, rules);
        Assert.Contains(new { ServiceKind = ServiceKind.Counseling, Category = MemberCategory.LibraryMember, Percent = 30 }, rules);
        Assert.Contains(new { ServiceKind = ServiceKind.Workshop, Category = MemberCategory.LibraryMember, Percent = 100 }, rules);
        var holidays = await db.OfficialHolidays.Select(h => h.Date).ToListAsync();
        Assert.Equal(20, holidays.Count);
        Assert.Contains(new DateOnly(2027, 3, 21), holidays); // 1 Farvardin 1406
        Assert.Contains(new DateOnly(2027, 2, 11), holidays); // 22 Bahman 1405
        Assert.Contains(new DateOnly(2026, 3, 21), holidays); // 1 Farvardin 1405
    }

    [Fact]
    public async Task Write_AfterStaffEditedAndDeleted_WritesNothingBack()
    {
        await WriteAsync();
        await using (var db = database.NewContext())
        {
            var counseling = await db.DiscountRules.SingleAsync(r => r.ServiceKind == ServiceKind.Counseling && r.Category == MemberCategory.LibraryMember);
            counseling.Percent = 20;
            db.DiscountRules.Remove(await db.DiscountRules.SingleAsync(r => r.ServiceKind == ServiceKind.Counseling && r.Category == MemberCategory.LibraryStaff));
            db.OfficialHolidays.Remove(await db.OfficialHolidays.SingleAsync(h => h.Date == new DateOnly(2027, 3, 21)));
            await db.SaveChangesAsync();
        }

        await WriteAsync();

        await using var check = database.NewContext();
        Assert.Equal(7, await check.DiscountRules.CountAsync());
        Assert.Equal(20, (await check.DiscountRules.SingleAsync(r => r.ServiceKind == ServiceKind.Counseling && r.Category == MemberCategory.LibraryMember)).Percent);
        Assert.Equal(19, await check.OfficialHolidays.CountAsync());
    }

    [Fact]
    public async Task Write_RulesTypedInBeforeTheFirstStart_KeptAsTheyAre()
    {
        await using (var db = database.NewContext())
        {
            db.DiscountRules.Add(new DiscountRule { ServiceKind = ServiceKind.Counseling, Category = MemberCategory.LibraryMember, Percent = 25 });
            await db.SaveChangesAsync();
        }

        await WriteAsync();

        await using var check = database.NewContext();
        Assert.Equal(25, (await check.DiscountRules.SingleAsync()).Percent);
    }

    [Fact]
    public async Task Write_AYearLater_AddsTheNewYearOnly()
    {
        await WriteAsync();
        await using (var db = database.NewContext())
        {
            db.OfficialHolidays.Remove(await db.OfficialHolidays.SingleAsync(h => h.Date == new DateOnly(2027, 3, 21)));
            await db.SaveChangesAsync();
        }

        time.Advance(TimeSpan.FromDays(365));
        await WriteAsync();

        await using var check = database.NewContext();
        var dates = await check.OfficialHolidays.Select(h => h.Date).ToListAsync();
        Assert.Equal(29, dates.Count);
        Assert.DoesNotContain(new DateOnly(2027, 3, 21), dates);
        Assert.Contains(new DateOnly(2028, 3, 20), dates); // 1 Farvardin 1407
    }

    [Fact]
    public async Task Write_TwoInstancesAtOnce_OneSetOfDefaults()
    {
        await Task.WhenAll(Task.Run(WriteAsync), Task.Run(WriteAsync));

        await using var db = database.NewContext();
        Assert.Equal(8, await db.DiscountRules.CountAsync());
        Assert.Equal(20, await db.OfficialHolidays.CountAsync());
    }

    [Fact]
    public async Task Dashboard_NoLunarHolidaysEntered_WarnsForBothYearsUntilOneIsEntered()
    {
        await WriteAsync();
        Assert.Equal([1405, 1406], await YearsWithoutLunarHolidaysAsync());

        await using (var db = database.NewContext())
        {
            // 10 Dey 1405 is not a solar holiday: an admin entered a lunar one for this year.
            db.OfficialHolidays.Add(new OfficialHoliday { Date = new DateOnly(2026, 12, 31), Name = "تاسوعا" });
            await db.SaveChangesAsync();
        }

        Assert.Equal([1406], await YearsWithoutLunarHolidaysAsync());
    }

    private async Task WriteAsync()
    {
        await using var db = database.NewContext();
        await InstallDefaults.WriteAsync(db, time, default);
    }

    private async Task<IReadOnlyList<int>> YearsWithoutLunarHolidaysAsync()
    {
        await using var db = database.NewContext();
        return (await new Dashboard(db, time).BuildAsync(null, default)).YearsWithoutLunarHolidays;
    }
}
