using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Staff;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Admin.Pages.Workshops;

/// <summary>
/// Creates (no id) or edits a workshop of a library in scope, and announces it to the subscribers. The form is read
/// here; the workshop's rules are <see cref="WorkshopService.SaveAsync"/>'s.
/// </summary>
public class EditModel(AppDbContext db, StaffScope scope, AuditLog audit, WorkshopService workshops, BroadcastService broadcasts) : PageModel
{
    // Empty rows under the sessions, for adding more without script.
    private const int SpareSessionRows = 2;

    [BindProperty]
    public WorkshopInput Input { get; set; } = new();

    public IReadOnlyList<StaffScope.LibraryOption> Libraries { get; private set; } = [];

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

        public int Capacity { get; set; } = 20;

        public string? DeadlineDate { get; set; }
        public string? DeadlineTime { get; set; }
        public string? BasePriceToman { get; set; }
        public List<SessionInput> Sessions { get; set; } = [];
        public List<GroupInput> Groups { get; set; } = [];
    }

    /// <summary>One group's row: may it sign up, and its own price (blank: the base price with the general discounts).</summary>
    public sealed class GroupInput
    {
        public MemberCategory Category { get; set; }
        public bool Open { get; set; } = true;
        public string? PriceToman { get; set; }
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
                Groups = [.. MemberCategoryNames.All.Select(g => new GroupInput
                {
                    Category = g.Category, Open = workshop.IsOpenTo(g.Category),
                    PriceToman = workshop.PriceFor(g.Category) is { } price ? PersianText.ToPersianDigits(Money.ToToman(price).ToString(CultureInfo.InvariantCulture)) : null,
                })],
            };
        }

        await PrepareAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is { } workshopId)
        {
            var workshop = await FindInScopeAsync(workshopId, cancellationToken);
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

        var (sessions, rows) = ReadSessions();
        var deadline = ReadDeadline();
        var basePrice = ReadPrice();
        var groups = ReadGroups();
        if (!ModelState.IsValid)
        {
            await PrepareAsync(cancellationToken);
            return Page();
        }

        var edit = new WorkshopEdit(id, Input.Title, Input.Description, Input.Kind, Input.LibraryId!.Value, Input.Capacity, deadline, basePrice, sessions, groups);
        var note = new AuditNote(id is null ? "workshop-created" : "workshop-changed", PersianText.Normalize(Input.Title),
            $"library:{edit.LibraryId} capacity:{edit.Capacity} sessions:{sessions.Count} groups:{GroupsNote(groups)}");
        var saved = await audit.RecordAsync(scope.UserName, note, () => workshops.SaveAsync(edit, cancellationToken), r => r.Workshop is not null,
            cancellationToken);
        if (saved.Workshop is not { } workshopSaved)
        {
            foreach (var problem in saved.Problems)
            {
                ShowProblem(problem, rows);
            }

            await PrepareAsync(cancellationToken);
            return Page();
        }

        Message = WorkshopsPanelTexts.Saved;
        return RedirectToPage(new { id = workshopSaved.Id });
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

        var created = await audit.RecordAsync(scope.UserName, new AuditNote("workshop-announced", workshop.Title, $"workshop:{id}"),
            () => broadcasts.AnnounceWorkshopAsync(id, scope.UserName, cancellationToken), c => c.Created, cancellationToken);
        Message = created.Error ?? WorkshopsPanelTexts.Announced;
        return RedirectToPage(new { id });
    }

    /// <summary>The sessions typed, each with its form row (blank rows are skipped), and an error on each row that cannot be read.</summary>
    private (List<(DateTime StartsAt, DateTime EndsAt)> Sessions, List<int> Rows) ReadSessions()
    {
        var sessions = new List<(DateTime, DateTime)>();
        var rows = new List<int>();
        for (var i = 0; i < Input.Sessions.Count; i++)
        {
            var row = Input.Sessions[i];
            if (row.IsBlank)
            {
                continue;
            }

            if (PanelDates.TryInstant(row.Date, row.Start, out var start) && PanelDates.TryInstant(row.Date, row.End, out var end))
            {
                sessions.Add((start, end));
                rows.Add(i);
            }
            else
            {
                AddSessionError(i);
            }
        }

        return (sessions, rows);
    }

    private DateTime ReadDeadline()
    {
        if (!PanelDates.TryInstant(Input.DeadlineDate, Input.DeadlineTime, out var deadline))
        {
            ModelState.AddModelError("Input.DeadlineDate", WorkshopsPanelTexts.DeadlineInvalid);
        }

        return deadline;
    }

    /// <summary>The base price in Rials; an empty field is a free workshop.</summary>
    private long ReadPrice()
    {
        if (string.IsNullOrWhiteSpace(Input.BasePriceToman))
        {
            return 0;
        }

        if (!Money.TryParseToman(Input.BasePriceToman, out var rials))
        {
            ModelState.AddModelError("Input.BasePriceToman", WorkshopsPanelTexts.PriceInvalid);
        }

        return rials;
    }

    /// <summary>Each known group's row as typed; an unreadable price is an error on its row.</summary>
    private List<WorkshopGroupEdit> ReadGroups()
    {
        var groups = new List<WorkshopGroupEdit>();
        for (var i = 0; i < Input.Groups.Count; i++)
        {
            var row = Input.Groups[i];
            if (!Enum.IsDefined(row.Category) || groups.Any(g => g.Category == row.Category))
            {
                continue;
            }

            long? price = null;
            if (row.Open && !string.IsNullOrWhiteSpace(row.PriceToman))
            {
                if (Money.TryParseToman(row.PriceToman, out var rials))
                {
                    price = rials;
                }
                else
                {
                    ModelState.AddModelError($"Input.Groups[{i}].PriceToman",
                        string.Format(CultureInfo.InvariantCulture, WorkshopsPanelTexts.GroupPriceInvalid, MemberCategoryNames.Of(row.Category)));
                }
            }

            groups.Add(new(row.Category, row.Open, price));
        }

        return groups;
    }

    private static string GroupsNote(List<WorkshopGroupEdit> groups) =>
        string.Join(',', groups.Where(g => !g.Open || g.PriceRials is not null)
            .Select(g => g.Open ? $"{g.Category}={g.PriceRials}" : $"{g.Category}=closed")) is { Length: > 0 } note ? note : "all";

    private void ShowProblem(WorkshopEditProblem problem, List<int> rows)
    {
        switch (problem.Error)
        {
            case WorkshopEditError.CapacityOutOfRange:
                ModelState.AddModelError("Input.Capacity", WorkshopsPanelTexts.CapacityRange);
                break;
            case WorkshopEditError.CapacityBelowSeatsTaken:
                ModelState.AddModelError("Input.Capacity", WorkshopsPanelTexts.CapacityBelowSeats);
                break;
            case WorkshopEditError.NoSessions:
                ModelState.AddModelError("Input.Sessions", WorkshopsPanelTexts.SessionsRequired);
                break;
            case WorkshopEditError.SessionEndsBeforeStart:
                AddSessionError(rows[problem.Session!.Value]);
                break;
            case WorkshopEditError.DeadlineAfterStart:
                ModelState.AddModelError("Input.DeadlineDate", WorkshopsPanelTexts.DeadlineAfterStart);
                break;
            case WorkshopEditError.NoGroupOpen:
                ModelState.AddModelError("Input.Groups", WorkshopsPanelTexts.NoGroupOpen);
                break;
        }
    }

    private void AddSessionError(int row) =>
        ModelState.AddModelError($"Input.Sessions[{row}]", string.Format(CultureInfo.InvariantCulture, WorkshopsPanelTexts.SessionInvalid, PersianNumber.FormatPlain(row + 1)));

    private async Task<Workshop?> FindInScopeAsync(int id, CancellationToken cancellationToken)
    {
        var libraries = await scope.LibraryIdsAsync(cancellationToken);
        var workshop = await db.Workshops.AsNoTracking().Include(w => w.Sessions).SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        return workshop is not null && (libraries is null || libraries.Contains(workshop.LibraryId)) ? workshop : null;
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Libraries = await scope.LibraryOptionsAsync(activeOnly: true, cancellationToken);
        foreach (var (category, _) in MemberCategoryNames.All.Where(g => Input.Groups.All(i => i.Category != g.Category)))
        {
            Input.Groups.Add(new GroupInput { Category = category });
        }

        Input.Groups = [.. Input.Groups.OrderBy(g => MemberCategoryNames.All.Select(c => c.Category).ToList().IndexOf(g.Category))];
        // Rows are only appended: a re-rendered form reads typed values back by row index.
        var blankAtEnd = Input.Sessions.AsEnumerable().Reverse().TakeWhile(s => s.IsBlank).Count();
        Input.Sessions.AddRange(Enumerable.Range(0, Math.Max(0, SpareSessionRows - blankAtEnd)).Select(_ => new SessionInput()));
    }
}
