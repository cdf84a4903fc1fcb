using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Staff;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Admin.Pages.Workshops;

/// <summary>Creates (no id) or edits a workshop of a library in scope, and announces it to the subscribers.</summary>
public class EditModel(AppDbContext db, StaffScope scope, AuditLog audit, BroadcastService broadcasts) : PageModel
{
    // Empty rows under the sessions, for adding more without script.
    private const int SpareSessionRows = 2;

    [BindProperty]
    public WorkshopInput Input { get; set; } = new();

    public IReadOnlyList<(int Id, string Name)> Libraries { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public int? WorkshopId { get; private set; }

    public sealed class WorkshopInput
    {
        [Required(ErrorMessage = WorkshopsPanelTexts.TitleRequired)]
        [StringLength(200)]
        public string Title { get; set; } = "";

        [StringLength(2000)]
        public string? Description { get; set; }

        public WorkshopKind Kind { get; set; }

        [Required(ErrorMessage = WorkshopsPanelTexts.LibraryRequired)]
        public int? LibraryId { get; set; }

        [Range(1, 1000, ErrorMessage = WorkshopsPanelTexts.CapacityRange)]
        public int Capacity { get; set; } = 20;

        public string? DeadlineDate { get; set; }
        public string? DeadlineTime { get; set; }
        public string? BasePriceToman { get; set; }
        public List<SessionInput> Sessions { get; set; } = [];
    }

    public sealed class SessionInput
    {
        public string? Date { get; set; }
        public string? Start { get; set; }
        public string? End { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Date) && string.IsNullOrWhiteSpace(Start) && string.IsNullOrWhiteSpace(End);
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is { } workshopId)
        {
            var workshop = await FindInScopeAsync(workshopId, cancellationToken);
            if (workshop is null)
            {
                return NotFound();
            }

            WorkshopId = workshopId;
            Input = new WorkshopInput
            {
                Title = workshop.Title, Description = workshop.Description, Kind = workshop.Kind, LibraryId = workshop.LibraryId,
                Capacity = workshop.Capacity,
                DeadlineDate = JalaliDate.FormatShortDate(workshop.SignUpDeadline), DeadlineTime = PanelDates.FormatTimeField(workshop.SignUpDeadline),
                BasePriceToman = PersianText.ToPersianDigits(Money.ToToman(workshop.BasePrice).ToString(CultureInfo.InvariantCulture)),
                Sessions = [.. workshop.Sessions.OrderBy(s => s.StartsAt).Select(s => new SessionInput
                {
                    Date = JalaliDate.FormatShortDate(s.StartsAt), Start = PanelDates.FormatTimeField(s.StartsAt), End = PanelDates.FormatTimeField(s.EndsAt),
                })],
            };
        }

        await PrepareAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Workshop? workshop = null;
        if (id is { } workshopId)
        {
            workshop = await FindInScopeAsync(workshopId, cancellationToken, tracked: true);
            if (workshop is null)
            {
                return NotFound();
            }

            if (!await scope.CanManageLibraryAsync(workshop.LibraryId, cancellationToken))
            {
                return Forbid();
            }

            WorkshopId = workshopId;
        }

        if (Input.LibraryId is { } libraryId && !await scope.CanManageLibraryAsync(libraryId, cancellationToken))
        {
            return Forbid();
        }

        var sessions = ReadSessions();
        var deadline = ReadDeadline(sessions);
        var basePrice = ReadPrice();
        if (workshop is not null)
        {
            var highestSeat = await db.WorkshopRegistrations.Where(r => r.WorkshopId == workshop.Id && r.Seat != null).MaxAsync(r => r.Seat, cancellationToken);
            if (highestSeat > Input.Capacity)
            {
                ModelState.AddModelError("Input.Capacity", WorkshopsPanelTexts.CapacityBelowSeats);
            }
        }

        if (!ModelState.IsValid)
        {
            await PrepareAsync(cancellationToken);
            return Page();
        }

        workshop ??= db.Workshops.Add(new Workshop { Title = "" }).Entity;
        workshop.Title = PersianText.Normalize(Input.Title);
        workshop.Description = string.IsNullOrWhiteSpace(Input.Description) ? null : Input.Description.Trim();
        workshop.Kind = Input.Kind;
        workshop.LibraryId = Input.LibraryId!.Value;
        workshop.Capacity = Input.Capacity;
        workshop.SignUpDeadline = deadline;
        workshop.BasePrice = basePrice;
        workshop.Schedule(sessions);
        audit.Record(scope.UserName, id is null ? "workshop-created" : "workshop-changed", workshop.Title,
            $"library:{workshop.LibraryId} capacity:{workshop.Capacity} sessions:{sessions.Count}");
        await db.SaveChangesAsync(cancellationToken);
        Message = WorkshopsPanelTexts.Saved;
        return RedirectToPage(new { id = workshop.Id });
    }

    public async Task<IActionResult> OnPostAnnounceAsync(int id, CancellationToken cancellationToken)
    {
        var workshop = await FindInScopeAsync(id, cancellationToken);
        if (workshop is null)
        {
            return NotFound();
        }

        if (!await scope.CanManageLibraryAsync(workshop.LibraryId, cancellationToken))
        {
            return Forbid();
        }

        // Recorded first: the broadcast's SaveChanges commits the entry with it, and nothing when it is refused.
        audit.Record(scope.UserName, "workshop-announced", workshop.Title, $"workshop:{id}");
        var created = await broadcasts.AnnounceWorkshopAsync(id, scope.UserName, cancellationToken);
        Message = created.Error ?? WorkshopsPanelTexts.Announced;
        return RedirectToPage(new { id });
    }

    private List<(DateTime StartsAt, DateTime EndsAt)> ReadSessions()
    {
        var sessions = new List<(DateTime, DateTime)>();
        for (var i = 0; i < Input.Sessions.Count; i++)
        {
            var row = Input.Sessions[i];
            if (row.IsBlank)
            {
                continue;
            }

            if (PanelDates.TryInstant(row.Date, row.Start, out var start) && PanelDates.TryInstant(row.Date, row.End, out var end) && end > start)
            {
                sessions.Add((start, end));
            }
            else
            {
                ModelState.AddModelError($"Input.Sessions[{i}]", string.Format(CultureInfo.InvariantCulture, WorkshopsPanelTexts.SessionInvalid, PersianNumber.FormatPlain(i + 1)));
            }
        }

        if (sessions.Count == 0 && ModelState.IsValid)
        {
            ModelState.AddModelError("Input.Sessions", WorkshopsPanelTexts.SessionsRequired);
        }

        return sessions;
    }

    private DateTime ReadDeadline(List<(DateTime StartsAt, DateTime EndsAt)> sessions)
    {
        if (!PanelDates.TryInstant(Input.DeadlineDate, Input.DeadlineTime, out var deadline))
        {
            ModelState.AddModelError("Input.DeadlineDate", WorkshopsPanelTexts.DeadlineInvalid);
        }
        else if (sessions.Count > 0 && deadline > sessions.Min(s => s.StartsAt))
        {
            ModelState.AddModelError("Input.DeadlineDate", WorkshopsPanelTexts.DeadlineAfterStart);
        }

        return deadline;
    }

    private long ReadPrice()
    {
        var text = PersianText.Normalize(Input.BasePriceToman).Replace(",", "", StringComparison.Ordinal).Replace("\u066C", "", StringComparison.Ordinal);
        if (text.Length == 0)
        {
            return 0;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var toman) && toman <= 1_000_000_000)
        {
            return Money.FromToman(toman);
        }

        ModelState.AddModelError("Input.BasePriceToman", WorkshopsPanelTexts.PriceInvalid);
        return 0;
    }

    private async Task<Workshop?> FindInScopeAsync(int id, CancellationToken cancellationToken, bool tracked = false)
    {
        var libraries = await scope.LibraryIdsAsync(cancellationToken);
        var query = tracked ? db.Workshops.Include(w => w.Sessions) : db.Workshops.AsNoTracking().Include(w => w.Sessions);
        var workshop = await query.SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        return workshop is not null && (libraries is null || libraries.Contains(workshop.LibraryId)) ? workshop : null;
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var libraries = await scope.LibraryIdsAsync(cancellationToken);
        var query = db.Libraries.AsNoTracking().Where(l => l.Active);
        if (libraries is not null)
        {
            query = query.Where(l => libraries.Contains(l.Id));
        }

        Libraries = [.. (await query.OrderBy(l => l.Name).Select(l => new { l.Id, l.Name }).ToListAsync(cancellationToken)).Select(l => (l.Id, l.Name))];
        // Rows are only appended: a re-rendered form reads typed values back by row index.
        var blankAtEnd = Input.Sessions.AsEnumerable().Reverse().TakeWhile(s => s.IsBlank).Count();
        Input.Sessions.AddRange(Enumerable.Range(0, Math.Max(0, SpareSessionRows - blankAtEnd)).Select(_ => new SessionInput()));
    }
}
