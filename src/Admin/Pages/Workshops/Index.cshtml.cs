using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Admin.Pages.Workshops;

public class IndexModel(AppDbContext db, StaffScope scope, TimeProvider time) : PageModel
{
    private const int PastShown = 30;

    public IReadOnlyList<WorkshopRow> Upcoming { get; private set; } = [];
    public IReadOnlyList<WorkshopRow> Past { get; private set; } = [];

    public sealed record WorkshopRow(int Id, string Title, WorkshopKind Kind, string Library, DateTime StartsAt, WorkshopStatus Status, int Capacity, int SeatsTaken, int Waiting);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var libraries = await scope.LibraryIdsAsync(cancellationToken);
        var query = db.Workshops.AsNoTracking();
        if (libraries is not null)
        {
            query = query.Where(w => libraries.Contains(w.LibraryId));
        }

        Upcoming = await Rows(query.Where(w => w.StartsAt > now).OrderBy(w => w.StartsAt)).ToListAsync(cancellationToken);
        Past = await Rows(query.Where(w => w.StartsAt <= now).OrderByDescending(w => w.StartsAt).Take(PastShown)).ToListAsync(cancellationToken);
    }

    private IQueryable<WorkshopRow> Rows(IQueryable<Workshop> workshops) =>
        workshops.Select(w => new WorkshopRow(
            w.Id, w.Title, w.Kind, w.Library!.Name, w.StartsAt, w.Status, w.Capacity,
            db.WorkshopRegistrations.Where(r => r.WorkshopId == w.Id).Count(r => r.Status == RegistrationStatus.Confirmed
                || r.Status == RegistrationStatus.Offered || r.Status == RegistrationStatus.Attended || r.Status == RegistrationStatus.NoShow),
            db.WorkshopRegistrations.Count(r => r.WorkshopId == w.Id && r.Status == RegistrationStatus.Waiting)));
}
