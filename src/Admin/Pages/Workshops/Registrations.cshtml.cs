using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Admin.Pages.Workshops;

public class RegistrationsModel(AppDbContext db, StaffScope scope) : PageModel
{
    public string Title { get; private set; } = "";
    public int Capacity { get; private set; }
    public IReadOnlyList<RegistrationRow> Seated { get; private set; } = [];
    public IReadOnlyList<RegistrationRow> Waiting { get; private set; } = [];

    public sealed record RegistrationRow(int Id, int? Seat, RegistrationStatus Status, string? MemberName, DateTime CreatedAt, long ToPayRials);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var libraries = await scope.LibraryIdsAsync(cancellationToken);
        var workshop = await db.Workshops.AsNoTracking().Where(w => w.Id == id)
            .Select(w => new { w.Title, w.Capacity, w.LibraryId }).SingleOrDefaultAsync(cancellationToken);
        if (workshop is null || (libraries is not null && !libraries.Contains(workshop.LibraryId)))
        {
            return NotFound();
        }

        Title = workshop.Title;
        Capacity = workshop.Capacity;
        // A registration is by a messenger user; their name is known only if they are also a member.
        var registrations = db.WorkshopRegistrations.AsNoTracking().Where(r => r.WorkshopId == id);
        Seated = await Rows(registrations.Where(r => r.Seat != null).OrderBy(r => r.Seat)).ToListAsync(cancellationToken);
        // Arrival order is the Id's order.
        Waiting = await Rows(registrations.Where(r => r.Status == RegistrationStatus.Waiting).OrderBy(r => r.Id)).ToListAsync(cancellationToken);
        return Page();
    }

    private IQueryable<RegistrationRow> Rows(IQueryable<WorkshopRegistration> registrations) =>
        registrations.Select(r => new RegistrationRow(r.Id, r.Seat, r.Status,
            db.Members.Where(m => m.Id == r.MemberId || (r.MemberId == null && m.BotName != null && m.BotName == r.BotName && m.UserId == r.UserId))
                    .Select(m => m.FullName).FirstOrDefault(),
            r.CreatedAt, r.ToPayRials));
}
