using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Data;

namespace RahZendegi.Admin.Pages.Libraries;

/// <summary>The libraries in the person's scope, with their counsellors and coming closures.</summary>
public class IndexModel(AppDbContext db, StaffScope scope, TimeProvider time) : PageModel
{
    public sealed record Row(int Id, string Name, string City, string? Address, string? Phone, bool Active, int Counselors, int Closures);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanAdd => scope.IsProvincialAdmin;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var allowed = await scope.LibraryIdsAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        Rows = await db.Libraries.AsNoTracking()
            .Where(l => allowed == null || allowed.Contains(l.Id))
            .OrderBy(l => l.Province).ThenBy(l => l.City).ThenBy(l => l.Name)
            .Select(l => new Row(l.Id, l.Name, l.City, l.Address, l.Phone, l.Active,
                db.WeeklyPlanEntries.Where(e => e.LibraryId == l.Id).Select(e => e.CounselorId).Distinct().Count(),
                db.LibraryClosures.Count(c => c.LibraryId == l.Id && c.EndsAt > now)))
            .ToListAsync(cancellationToken);
    }
}
