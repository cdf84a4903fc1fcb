using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Counseling.Counselors;

/// <summary>Creates (no id) or edits a counsellor: details, weekly plan in this person's libraries, and leaves.</summary>
public class EditModel(AppDbContext db, StaffScope scope, ScheduleChanges changes, AuditLog audit, TimeProvider time) : PageModel
{
    private const int BlankPlanRows = 2;

    [BindProperty]
    public CounselorInput Input { get; set; } = new();

    [BindProperty]
    public PeriodInput Leave { get; set; } = new();

    public sealed class CounselorInput
    {
        public string FullName { get; set; } = "";
        public Gender Gender { get; set; }
        public List<CounselingTopic> Specialties { get; set; } = [];
        // Text, not numbers: people type Persian digits, and a number binder would answer in English.
        public string? SessionMinutes { get; set; } = "45";
        public string? GapMinutes { get; set; } = "0";
        public string? PriceToman { get; set; }
        public bool Active { get; set; } = true;
        public List<PlanRow> Plan { get; set; } = [];
    }

    public sealed class PlanRow
    {
        public int LibraryId { get; set; }
        public int Day { get; set; }
        public string? Start { get; set; }
        public string? End { get; set; }
        public bool Remove { get; set; }
    }

    public sealed record OtherRange(string Library, DayOfWeek Day, TimeOnly Start, TimeOnly End);
    public sealed record LeaveRow(int Id, DateTime StartsAt, DateTime EndsAt, string? Reason);

    public int? Id { get; private set; }
    public IReadOnlyList<StaffScope.LibraryOption> Libraries { get; private set; } = [];

    /// <summary>Ranges at libraries outside this person's scope: shown, kept as they are.</summary>
    public IReadOnlyList<OtherRange> OtherRanges { get; private set; } = [];
    public IReadOnlyList<LeaveRow> Leaves { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is { } existing)
        {
            if (!await scope.CanManageCounselorAsync(db, existing, cancellationToken))
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }

            var counselor = await db.Counselors.AsNoTracking().Include(c => c.WeeklyPlan).SingleOrDefaultAsync(c => c.Id == existing, cancellationToken);
            if (counselor is null)
            {
                return NotFound();
            }

            var allowed = await scope.LibraryIdsAsync(cancellationToken);
            Input = new CounselorInput
            {
                FullName = counselor.FullName,
                Gender = counselor.Gender,
                Specialties = [.. CounselingTopics.All.Select(t => t.Topic).Where(t => counselor.Specialties.HasFlag(t))],
                SessionMinutes = Invariant(counselor.SessionMinutes),
                GapMinutes = Invariant(counselor.GapMinutes),
                PriceToman = Invariant(Money.ToToman(counselor.BasePrice)),
                Active = counselor.Active,
                Plan = [.. counselor.WeeklyPlan.Where(e => allowed is null || allowed.Contains(e.LibraryId))
                    .OrderBy(e => PersianWeek.DayIndex(e.Day)).ThenBy(e => e.Start)
                    .Select(e => new PlanRow { LibraryId = e.LibraryId, Day = PersianWeek.DayIndex(e.Day), Start = Format(e.Start), End = Format(e.End) })],
            };
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is { } existingId && !await scope.CanManageCounselorAsync(db, existingId, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var counselor = id is { } found
            ? await db.Counselors.Include(c => c.WeeklyPlan).SingleOrDefaultAsync(c => c.Id == found, cancellationToken)
            : new Counselor { FullName = "" };
        if (counselor is null)
        {
            return NotFound();
        }

        var allowed = await scope.LibraryIdsAsync(cancellationToken);
        bool OutOfReach(WeeklyPlanEntry e) => allowed is not null && !allowed.Contains(e.LibraryId);
        var details = ReadDetails();
        foreach (var error in details.Check())
        {
            ShowError(error);
        }

        var libraries = (await scope.LibraryOptionsAsync(activeOnly: false, cancellationToken)).Select(l => l.Id).ToHashSet();
        var plan = WeeklyPlanForm.Read(Input.Plan, [.. counselor.WeeklyPlan.Where(OutOfReach)], libraries, ModelState);
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var planBefore = Describe(counselor.WeeklyPlan);
        counselor.Apply(details);
        counselor.ReplacePlan(plan, keep: OutOfReach);
        if (id is null)
        {
            db.Counselors.Add(counselor);
        }

        var planAfter = Describe(counselor.WeeklyPlan);
        await audit.CommitAsync(scope.UserName, new AuditNote(id is null ? "counselor.create" : "counselor.update", $"Counselor {counselor.FullName}",
            planBefore == planAfter ? null : Truncate($"plan: {planAfter}")), cancellationToken);
        Notice = CounselingPageTexts.CounselorSaved;
        return await AfterScheduleChangeAsync(counselor.Id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAddLeaveAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        if (!await scope.CanManageCounselorAsync(db, id, cancellationToken) || !await db.Counselors.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (PeriodForm.Read(Leave, nameof(Leave), ModelState) is not var (starts, ends))
        {
            await ReloadInputAsync(id, cancellationToken);
            return Page();
        }

        db.CounselorLeaves.Add(new CounselorLeave { CounselorId = id, StartsAt = starts, EndsAt = ends, Reason = Leave.NormalizedReason });
        await audit.CommitAsync(scope.UserName, new AuditNote("counselor.leave.add", $"Counselor {id}", PeriodForm.Describe(starts, ends)), cancellationToken);
        Notice = CounselingPageTexts.LeaveAdded;
        return await AfterScheduleChangeAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteLeaveAsync(int id, int leaveId, CancellationToken cancellationToken)
    {
        var leave = await db.CounselorLeaves.SingleOrDefaultAsync(l => l.Id == leaveId && l.CounselorId == id, cancellationToken);
        if (leave is null || !await scope.CanManageCounselorAsync(db, id, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        db.CounselorLeaves.Remove(leave);
        await audit.CommitAsync(scope.UserName, new AuditNote("counselor.leave.delete", $"Counselor {id}", PeriodForm.Describe(leave.StartsAt, leave.EndsAt)),
            cancellationToken);
        Notice = CounselingPageTexts.LeaveDeleted;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> AfterScheduleChangeAsync(int id, CancellationToken cancellationToken) =>
        (await changes.BrokenBookingsAsync(id, cancellationToken)).Count > 0
            ? RedirectToPage("Broken", new { id })
            : RedirectToPage(new { id });

    private CounselorDetails ReadDetails() => new(
        Input.FullName,
        Input.Gender,
        Input.Specialties.Aggregate(CounselingTopic.None, (all, t) => all | t),
        PersianNumber.TryParseWhole(Input.SessionMinutes, out var session) ? session : null,
        PersianNumber.TryParseWhole(Input.GapMinutes, out var gap) ? gap : null,
        Money.TryParseToman(Input.PriceToman, out var price) ? price : null,
        Input.Active);

    private void ShowError(CounselorDetailsError error)
    {
        var (key, text) = error switch
        {
            CounselorDetailsError.NameMissing => ("Input.FullName", CounselingPageTexts.NameRequired),
            CounselorDetailsError.NoSpecialty => ("Input.Specialties", CounselingPageTexts.SpecialtyRequired),
            CounselorDetailsError.SessionMinutesOutOfRange => ("Input.SessionMinutes", CounselingPageTexts.SessionMinutesRange),
            CounselorDetailsError.GapMinutesOutOfRange => ("Input.GapMinutes", CounselingPageTexts.GapMinutesRange),
            _ => ("Input.PriceToman", CounselingPageTexts.PriceRange),
        };
        ModelState.AddModelError(key, text);
    }

    private async Task ReloadInputAsync(int id, CancellationToken cancellationToken)
    {
        // The leave form carries no counsellor fields: show the saved ones beside the leave's errors.
        var leave = Leave;
        await OnGetAsync(id, cancellationToken);
        Leave = leave;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var allowed = await scope.LibraryIdsAsync(cancellationToken);
        Libraries = await scope.LibraryOptionsAsync(activeOnly: false, cancellationToken);
        while (Input.Plan.Count(r => r.LibraryId == 0 && string.IsNullOrWhiteSpace(r.Start)) < BlankPlanRows)
        {
            Input.Plan.Add(new PlanRow());
        }

        if (Id is not { } id)
        {
            return;
        }

        OtherRanges = await db.WeeklyPlanEntries.AsNoTracking()
            .Where(e => e.CounselorId == id && allowed != null && !allowed.Contains(e.LibraryId))
            .Select(e => new OtherRange(e.Library!.Name, e.Day, e.Start, e.End)).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        Leaves = await db.CounselorLeaves.AsNoTracking().Where(l => l.CounselorId == id && l.EndsAt > now)
            .OrderBy(l => l.StartsAt).Select(l => new LeaveRow(l.Id, l.StartsAt, l.EndsAt, l.Reason)).ToListAsync(cancellationToken);
    }

    public static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Describe(IEnumerable<WeeklyPlanEntry> plan) =>
        string.Join("; ", plan.OrderBy(e => e.LibraryId).ThenBy(e => PersianWeek.DayIndex(e.Day)).ThenBy(e => e.Start)
            .Select(e => $"{e.LibraryId}/{e.Day}/{Format(e.Start)}-{Format(e.End)}"));

    private static string Truncate(string text) => text.Length <= 1000 ? text : text[..1000];
}
