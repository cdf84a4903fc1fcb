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
            .Select(c => new
            {
                c.Id, c.FullName, c.Gender, c.Specialties, c.BasePrice, c.Active,
                Libraries = c.WeeklyPlan.Select(e => e.Library!.Name).Distinct().ToList(),
            })
            .ToListAsync(cancellationToken);
        Rows = [.. counselors.Select(c => new Row(c.Id, c.FullName, c.Gender, c.Specialties, c.BasePrice, c.Active, c.Libraries))];
    }
}
