using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Libraries;

/// <summary>
/// Creates (no id) or edits a library, which only the provincial admin does, and its closures, which the
/// library's own operators set too: no session is offered while a library is shut.
/// </summary>
public class EditModel(AppDbContext db, StaffScope scope, ScheduleChanges changes, AuditLog audit, TimeProvider time) : PageModel
{
    [BindProperty]
    public LibraryInput Input { get; set; } = new();

    [BindProperty]
    public PeriodInput Closure { get; set; } = new();

    public sealed class LibraryInput
    {
        public string? Name { get; set; }
        public string? Province { get; set; } = LibrariesTexts.DefaultProvince;
        public string? City { get; set; }
        public string? Address { get; set; }
        public string? Phone { get; set; }
        public bool Active { get; set; } = true;

        public static LibraryInput Of(Library library) => new()
        {
            Name = library.Name, Province = library.Province, City = library.City, Address = library.Address,
            Phone = library.Phone is null ? null : PersianText.ToPersianDigits(library.Phone), Active = library.Active,
        };
    }

    public sealed record ClosureRow(int Id, DateTime StartsAt, DateTime EndsAt, string? Reason);

    /// <summary>A counsellor with confirmed sessions that fall in a closure, still to be cancelled and told.</summary>
    public sealed record AffectedCounselor(int Id, string FullName, int Bookings);

    public int? Id { get; private set; }
    public bool CanEditDetails => scope.IsProvincialAdmin;
    public IReadOnlyList<ClosureRow> Closures { get; private set; } = [];
    public IReadOnlyList<AffectedCounselor> Affected { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return scope.IsProvincialAdmin ? Page() : StatusCode(StatusCodes.Status403Forbidden);
        }

        var library = await FindInScopeAsync(id.Value, cancellationToken);
        if (library is null)
        {
            return NotFound();
        }

        Input = LibraryInput.Of(library);
        await LoadAsync(id.Value, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int? id, CancellationToken cancellationToken)
    {
        if (!scope.IsProvincialAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var library = id is null ? null : await db.Libraries.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (id is not null && library is null)
        {
            return NotFound();
        }

        var name = PersianText.Normalize(Input.Name).Trim();
        var province = PersianText.Normalize(Input.Province).Trim();
        var city = PersianText.Normalize(Input.City).Trim();
        var phone = PersianText.Normalize(Input.Phone).Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (name.Length == 0)
        {
            ModelState.AddModelError("Input.Name", LibrariesTexts.NameRequired);
        }

        if (province.Length == 0 || city.Length == 0)
        {
            ModelState.AddModelError("Input.City", LibrariesTexts.PlaceRequired);
        }

        if (phone.Length > 0 && (phone.Length > 20 || !phone.All(char.IsAsciiDigit)))
        {
            ModelState.AddModelError("Input.Phone", LibrariesTexts.PhoneInvalid);
        }

        if (ModelState.IsValid && await db.Libraries.AnyAsync(l => l.Id != id && l.Province == province && l.City == city && l.Name == name, cancellationToken))
        {
            ModelState.AddModelError("Input.Name", LibrariesTexts.Duplicate);
        }

        if (!ModelState.IsValid)
        {
            if (id is not null)
            {
                await LoadAsync(id.Value, cancellationToken);
            }

            return Page();
        }

        library ??= db.Libraries.Add(new Library { Name = name, Province = province, City = city }).Entity;
        library.Name = name;
        library.Province = province;
        library.City = city;
        library.Address = string.IsNullOrWhiteSpace(Input.Address) ? null : PersianText.Normalize(Input.Address).Trim();
        library.Phone = phone.Length == 0 ? null : phone;
        library.Active = Input.Active;
        // A new library has no id before it is saved: the audit names it instead, in the same commit.
        await audit.CommitAsync(scope.UserName, new AuditNote(id is null ? "library.add" : "library.edit", id is null ? $"Library «{name}»" : $"Library {id}",
            $"{library.Name}، {library.City}{(library.Active ? "" : " (inactive)")}"), cancellationToken);
        Notice = LibrariesTexts.Saved;
        return RedirectToPage(new { id = library.Id });
    }

    public async Task<IActionResult> OnPostAddClosureAsync(int id, CancellationToken cancellationToken)
    {
        var library = await FindInScopeAsync(id, cancellationToken);
        if (library is null)
        {
            return NotFound();
        }

        if (PeriodForm.Read(Closure, nameof(Closure), ModelState) is not var (starts, ends))
        {
            Input = LibraryInput.Of(library);
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        db.LibraryClosures.Add(new LibraryClosure { LibraryId = id, StartsAt = starts, EndsAt = ends, Reason = Closure.NormalizedReason });
        await audit.CommitAsync(scope.UserName, new AuditNote("library.closure.add", $"Library {id}", PeriodForm.Describe(starts, ends)), cancellationToken);
        Notice = LibrariesTexts.ClosureAdded;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteClosureAsync(int id, int closureId, CancellationToken cancellationToken)
    {
        var closure = await FindInScopeAsync(id, cancellationToken) is null ? null
            : await db.LibraryClosures.SingleOrDefaultAsync(c => c.Id == closureId && c.LibraryId == id, cancellationToken);
        if (closure is null)
        {
            return NotFound();
        }

        db.LibraryClosures.Remove(closure);
        await audit.CommitAsync(scope.UserName, new AuditNote("library.closure.delete", $"Library {id}", PeriodForm.Describe(closure.StartsAt, closure.EndsAt)),
            cancellationToken);
        Notice = LibrariesTexts.ClosureDeleted;
        return RedirectToPage(new { id });
    }

    private async Task<Library?> FindInScopeAsync(int id, CancellationToken cancellationToken) =>
        await scope.CanManageLibraryAsync(id, cancellationToken)
            ? await db.Libraries.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken)
            : null;

    private async Task LoadAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        var now = time.GetUtcNow().UtcDateTime;
        Closures = await db.LibraryClosures.AsNoTracking().Where(c => c.LibraryId == id && c.EndsAt > now)
            .OrderBy(c => c.StartsAt).Select(c => new ClosureRow(c.Id, c.StartsAt, c.EndsAt, c.Reason)).ToListAsync(cancellationToken);

        // Sessions already booked inside a closure: staff confirm on the counsellor's page, and each person is told.
        Affected = [.. (await changes.BrokenByClosureAsync(id, cancellationToken))
            .GroupBy(b => (b.CounselorId, b.Counselor!.FullName))
            .Select(g => new AffectedCounselor(g.Key.CounselorId, g.Key.FullName, g.Count()))];
    }
}
