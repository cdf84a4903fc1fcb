using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Pricing;

namespace RahZendegi.Domain.Data;

/// <summary>
/// What every install has from its first start, demo or not: the article's discount rules, and Iran's official
/// holidays fixed in the solar calendar for this Jalali year and the next. Each set is written once, and marked
/// (<see cref="DefaultsWritten"/>), so staff's later edits and deletions stand. Lunar holidays move every year and
/// are announced officially: an admin enters them, and the dashboard warns while they are missing.
/// </summary>
public static class InstallDefaults
{
    public const string ArticleRulesKey = "discount-rules:article";

    public static string SolarHolidaysKey(int jalaliYear) => $"holidays:solar:{jalaliYear}";

    /// <remarks>Commits: start-up work, outside any update.</remarks>
    public static async Task WriteAsync(AppDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var written = await db.DefaultsWritten.Select(d => d.Key).ToListAsync(cancellationToken);
        if (!written.Contains(ArticleRulesKey))
        {
            // An install that already has rules typed in by hand keeps them as they are.
            if (!await db.DiscountRules.AnyAsync(cancellationToken))
            {
                db.DiscountRules.AddRange(ArticleRules.Create());
            }

            db.DefaultsWritten.Add(new DefaultsWritten { Key = ArticleRulesKey, WrittenAt = now });
        }

        var thisYear = JalaliDate.FromUtc(now).Year;
        foreach (var year in new[] { thisYear, thisYear + 1 }.Where(y => !written.Contains(SolarHolidaysKey(y))))
        {
            var holidays = OfficialHolidays.FixedSolarHolidays(year);
            var dates = holidays.Select(h => h.Date).ToList();
            var present = await db.OfficialHolidays.Where(h => dates.Contains(h.Date)).Select(h => h.Date).ToListAsync(cancellationToken);
            db.OfficialHolidays.AddRange(holidays.Where(h => !present.Contains(h.Date)).Select(h => new OfficialHoliday { Date = h.Date, Name = h.Name }));
            db.DefaultsWritten.Add(new DefaultsWritten { Key = SolarHolidaysKey(year), WrittenAt = now });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (Constraints.IsViolation(e))
        {
            // Another instance starting at the same moment wrote them first.
            db.ChangeTracker.Clear();
        }
    }
}
