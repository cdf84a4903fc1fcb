using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;

namespace RahZendegi.Admin.Pages.Counseling.Counselors;

public class IndexModel(AppDbContext db, StaffScope scope) : PageModel
{
    public sealed record Row(int Id, string FullName, Gender Gender, CounselingTopic Specialties, long BasePrice, bool Active, IReadOnlyList<string> Libraries);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var allowed = await scope.LibraryIdsAsync(cancellationToken);
        var counselors = await db.Counselors.AsNoTracking()
            .Where(c => allowed == null || !c.WeeklyPlan.Any() || c.WeeklyPlan.Any(e => allowed.Contains(e.LibraryId)))
            .OrderByDescending(c => c.Active).ThenBy(c => c.FullName)
            .Select(c => new { c.Id, c.FullName, c.Gender, c.Specialties, c.BasePrice, c.Active })
            .ToListAsync(cancellationToken);
        var ids = counselors.Select(c => c.Id).ToList();

        // A separate query: SQLite cannot run a distinct list nested in a projection.
        var places = (await db.WeeklyPlanEntries.AsNoTracking().Where(e => ids.Contains(e.CounselorId))
                .Select(e => new { e.CounselorId, e.Library!.Name }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(e => e.CounselorId, e => e.Name);
        Rows = [.. counselors.Select(c => new Row(c.Id, c.FullName, c.Gender, c.Specialties, c.BasePrice, c.Active, [.. places[c.Id].Order()]))];
    }
}
