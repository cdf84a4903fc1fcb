using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Counseling.Holidays;

/// <summary>Official holidays: every library is closed, so only the provincial admin changes them.</summary>
public class IndexModel(AppDbContext db, StaffScope scope, AuditLog audit, TimeProvider time) : PageModel
{
    [BindProperty]
    public HolidayInput Input { get; set; } = new();

    public sealed class HolidayInput
    {
        public string? Date { get; set; }
        public string? Name { get; set; }
    }

    public sealed record Row(int Id, DateOnly Date, string Name);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanEdit => scope.IsProvincialAdmin;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (!scope.IsProvincialAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var name = PersianText.Normalize(Input.Name).Trim();
        DateOnly? date = null;
        if (!JalaliDate.TryParse(Input.Date, out var jalali) || jalali.ToUtc(new TimeOnly(12, 0)).Utc is not { } noon)
        {
            ModelState.AddModelError("Input.Date", PanelTexts.DateInvalid);
        }
        else
        {
            // The Tehran calendar day, stored as its Gregorian date.
            date = DateOnly.FromDateTime(JalaliDate.ToTehran(noon));
            if (await db.OfficialHolidays.AnyAsync(h => h.Date == date, cancellationToken))
            {
                ModelState.AddModelError("Input.Date", CounselingPageTexts.HolidayExists);
            }
        }

        if (name.Length == 0)
        {
            ModelState.AddModelError("Input.Name", CounselingPageTexts.HolidayNameRequired);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        db.OfficialHolidays.Add(new OfficialHoliday { Date = date!.Value, Name = name });
        await audit.CommitAsync(scope.UserName, new AuditNote("holiday.add", $"Holiday {Input.Date}", name), cancellationToken);
        Notice = CounselingPageTexts.HolidayAdded;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (!scope.IsProvincialAdmin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var holiday = await db.OfficialHolidays.SingleOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (holiday is null)
        {
            return NotFound();
        }

        db.OfficialHolidays.Remove(holiday);
        await audit.CommitAsync(scope.UserName, new AuditNote("holiday.delete", $"Holiday {holiday.Date:yyyy-MM-dd}", holiday.Name), cancellationToken);
        Notice = CounselingPageTexts.HolidayDeleted;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        // The past month too, so a holiday just added by mistake is still there to check.
        var today = DateOnly.FromDateTime(JalaliDate.ToTehran(time.GetUtcNow().UtcDateTime));
        var since = today.AddDays(-31);
        Rows = await db.OfficialHolidays.AsNoTracking().Where(h => h.Date >= since).OrderBy(h => h.Date)
            .Select(h => new Row(h.Id, h.Date, h.Name)).ToListAsync(cancellationToken);
    }
}
