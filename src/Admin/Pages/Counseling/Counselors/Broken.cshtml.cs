using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Counseling.Counselors;

/// <summary>Bookings a plan change or a leave no longer fits; on confirmation each person is told and offered another time.</summary>
public class BrokenModel(AppDbContext db, StaffScope scope, ScheduleChanges changes, AuditLog audit) : PageModel
{
    [BindProperty]
    public CancelInput Input { get; set; } = new();

    public sealed class CancelInput
    {
        public string? Reason { get; set; }
    }

    public sealed record Row(int Id, DateTime StartsAt, string Library, string TrackingCode);

    public int Id { get; private set; }
    public string CounselorName { get; private set; } = "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : StatusCode(StatusCodes.Status403Forbidden);

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var reason = PersianText.Normalize(Input.Reason).Trim();
        if (reason.Length == 0)
        {
            ModelState.AddModelError("Input.Reason", CounselingPageTexts.CancelReasonRequired);
            return Page();
        }

        if (Rows.Count == 0)
        {
            return RedirectToPage("Edit", new { id });
        }

        var note = new AuditNote("counselor.broken-bookings.cancel", $"Counselor {id}", $"{string.Join(", ", Rows.Select(r => r.TrackingCode))}: {reason}");
        var cancelled = await audit.RecordAsync(scope.UserName, note,
            () => changes.CancelAndOfferAnotherTimeAsync(Rows.Select(r => r.Id).ToList(), reason, cancellationToken), count => count > 0, cancellationToken);
        Notice = CounselingPageTexts.BrokenCancelled(cancelled);
        return RedirectToPage("Edit", new { id });
    }

    /// <summary>Only bookings at libraries this person may manage are listed, and only those are cancelled.</summary>
    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        var name = await db.Counselors.AsNoTracking().Where(c => c.Id == id).Select(c => c.FullName).SingleOrDefaultAsync(cancellationToken);
        if (name is null || !await scope.CanManageCounselorAsync(db, id, cancellationToken))
        {
            return false;
        }

        CounselorName = name;
        var allowed = await scope.LibraryIdsAsync(cancellationToken);
        Rows = [.. (await changes.BrokenBookingsAsync(id, cancellationToken))
            .Where(b => allowed is null || allowed.Contains(b.LibraryId))
            .Select(b => new Row(b.Id, b.StartsAt, b.Library?.Name ?? "", b.TrackingCode))];
        return true;
    }
}
