using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Admin.Pages.Counseling.Counselors;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Counseling.LeaveRequests;

/// <summary>
/// Leave requests counsellors sent from the bot, for an operator of one of their libraries (or the provincial admin)
/// to approve or refuse. An approval blocks those days; the bookings it breaks go to the counsellor's review page.
/// </summary>
public class IndexModel(AppDbContext db, StaffScope scope, CounselorDay day, ScheduleChanges changes, AuditLog audit) : PageModel
{
    public sealed record Row(int Id, int CounselorId, string Counselor, DateTime StartsAt, DateTime EndsAt, string? Reason, DateTime RequestedAt);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.LeaveRequests.AsNoTracking().Where(r => r.Status == LeaveRequestStatus.Pending).OrderBy(r => r.StartsAt)
            .Select(r => new Row(r.Id, r.CounselorId, r.Counselor!.FullName, r.StartsAt, r.EndsAt, r.Reason, r.RequestedAt)).ToListAsync(cancellationToken);
        var mine = new List<Row>();
        foreach (var row in rows)
        {
            if (await scope.CanManageCounselorAsync(db, row.CounselorId, cancellationToken))
            {
                mine.Add(row);
            }
        }

        Rows = mine;
    }

    public Task<IActionResult> OnPostApproveAsync(int requestId, CancellationToken cancellationToken) => DecideAsync(requestId, approve: true, cancellationToken);

    public Task<IActionResult> OnPostRefuseAsync(int requestId, CancellationToken cancellationToken) => DecideAsync(requestId, approve: false, cancellationToken);

    private async Task<IActionResult> DecideAsync(int requestId, bool approve, CancellationToken cancellationToken)
    {
        var counselorId = await db.LeaveRequests.AsNoTracking().Where(r => r.Id == requestId).Select(r => (int?)r.CounselorId).SingleOrDefaultAsync(cancellationToken);
        if (counselorId is not { } id || !await scope.CanManageCounselorAsync(db, id, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var action = approve ? "counselor.leave-request.approve" : "counselor.leave-request.refuse";
        var decided = await audit.RecordAsync(scope.UserName, new AuditNote(action, $"Counselor {id}"),
            () => day.DecideLeaveAsync(requestId, approve, scope.UserName, cancellationToken),
            request => request is null ? null : new AuditNote(action, $"Counselor {id}", PeriodForm.Describe(request.StartsAt, request.EndsAt)),
            cancellationToken);
        if (decided is null)
        {
            Notice = LeaveRequestTexts.AlreadyDecided;
            return RedirectToPage();
        }

        Notice = approve ? LeaveRequestTexts.Approved : LeaveRequestTexts.Refused;
        return approve && (await changes.BrokenBookingsAsync(id, cancellationToken)).Count > 0
            ? RedirectToPage("/Counseling/Counselors/Broken", new { id })
            : RedirectToPage();
    }

    public static string Period(Row row) => LeaveRequestTexts.Period(JalaliDate.FormatDate(row.StartsAt), JalaliDate.FormatDate(row.EndsAt.AddMinutes(-1)));
}
