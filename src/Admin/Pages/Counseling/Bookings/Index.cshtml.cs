using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Admin.Pages.Payments;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Counseling.Bookings;

public class IndexModel(AppDbContext db, StaffScope scope, BookingService bookings, AuditLog audit, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public FilterInput Filter { get; set; } = new();

    public sealed class FilterInput
    {
        public int? LibraryId { get; set; }
        public int? CounselorId { get; set; }

        /// <summary>A Jalali day; empty means today and the next seven days.</summary>
        public string? Date { get; set; }

        /// <summary>Empty means every status.</summary>
        public BookingStatus? Status { get; set; } = BookingStatus.Confirmed;
    }

    public sealed record Row(int Id, DateTime StartsAt, string Counselor, string Library, string TrackingCode,
        BookingStatus Status, long ToPayRials, string? MemberName, string? CancelReason);

    public sealed record Option(int Id, string Name);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>Each listed booking's payment, by booking.</summary>
    public IReadOnlyDictionary<int, PaymentCell> Payments { get; private set; } = new Dictionary<int, PaymentCell>();
    public IReadOnlyList<StaffScope.LibraryOption> Libraries { get; private set; } = [];
    public IReadOnlyList<Option> Counselors { get; private set; } = [];
    public int? CancelErrorFor { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public Dictionary<string, string> FilterRoute => new()
    {
        ["Filter.LibraryId"] = Filter.LibraryId?.ToString(global::System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["Filter.CounselorId"] = Filter.CounselorId?.ToString(global::System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["Filter.Date"] = Filter.Date ?? "",
        ["Filter.Status"] = Filter.Status?.ToString() ?? "",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAttendedAsync(int id, CancellationToken cancellationToken) =>
        MarkAsync(id, BookingStatus.Attended, "booking.attended", CounselingPageTexts.MarkedAttended, cancellationToken);

    public Task<IActionResult> OnPostNoShowAsync(int id, CancellationToken cancellationToken) =>
        MarkAsync(id, BookingStatus.NoShow, "booking.no-show", CounselingPageTexts.MarkedNoShow, cancellationToken);

    public async Task<IActionResult> OnPostCancelAsync(int id, string? reason, CancellationToken cancellationToken)
    {
        var trackingCode = await FindInScopeAsync(id, cancellationToken);
        if (trackingCode is null)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var text = PersianText.Normalize(reason).Trim();
        if (text.Length == 0)
        {
            CancelErrorFor = id;
            await LoadAsync(cancellationToken);
            return Page();
        }

        var outcome = await audit.RecordAsync(scope.UserName, new AuditNote("booking.cancel", $"Booking {trackingCode}", text),
            () => bookings.CancelByStaffAsync(id, text, cancellationToken), o => o == CancelOutcome.Cancelled, cancellationToken);
        return Done(outcome == CancelOutcome.Cancelled, CounselingPageTexts.Cancelled);
    }

    private async Task<IActionResult> MarkAsync(int id, BookingStatus outcome, string action, string notice, CancellationToken cancellationToken)
    {
        var trackingCode = await FindInScopeAsync(id, cancellationToken);
        if (trackingCode is null)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var marked = await audit.RecordAsync(scope.UserName, new AuditNote(action, $"Booking {trackingCode}"),
            () => bookings.MarkAsync(id, outcome, cancellationToken), done => done, cancellationToken);
        return Done(marked, notice);
    }

    private IActionResult Done(bool succeeded, string notice)
    {
        Notice = succeeded ? notice : CounselingPageTexts.BookingNotFound;
        return RedirectToPage(FilterRoute.Where(p => p.Value.Length > 0).ToDictionary(p => p.Key, p => (object?)p.Value));
    }

    /// <summary>The booking's tracking code, if it exists and lies in a library this person may manage.</summary>
    private async Task<string?> FindInScopeAsync(int id, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.AsNoTracking().Where(b => b.Id == id)
            .Select(b => new { b.LibraryId, b.TrackingCode }).SingleOrDefaultAsync(cancellationToken);
        return booking is not null && await scope.CanManageLibraryAsync(booking.LibraryId, cancellationToken)
            ? booking.TrackingCode
            : null;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var allowed = await scope.LibraryIdsAsync(cancellationToken);
        Libraries = await scope.LibraryOptionsAsync(activeOnly: false, cancellationToken);
        Counselors = await db.Counselors.AsNoTracking()
            .Where(c => allowed == null || c.WeeklyPlan.Any(e => allowed.Contains(e.LibraryId)))
            .OrderBy(c => c.FullName).Select(c => new Option(c.Id, c.FullName)).ToListAsync(cancellationToken);

        var today = JalaliDate.FromUtc(time.GetUtcNow().UtcDateTime);
        var (first, days) = (today, 8);
        if (!string.IsNullOrWhiteSpace(Filter.Date))
        {
            if (JalaliDate.TryParse(Filter.Date, out var chosen))
            {
                (first, days) = (chosen, 1);
            }
            else
            {
                ModelState.AddModelError("Filter.Date", PanelTexts.DateInvalid);
            }
        }

        var from = first.ToUtc(TimeOnly.MinValue).Utc ?? time.GetUtcNow().UtcDateTime;
        var until = first.AddDays(days).ToUtc(TimeOnly.MinValue).Utc ?? from.AddDays(days);
        var query = db.Bookings.AsNoTracking()
            .Where(b => (allowed == null || allowed.Contains(b.LibraryId)) && b.StartsAt >= from && b.StartsAt < until);
        if (Filter.LibraryId is { } libraryId)
        {
            query = query.Where(b => b.LibraryId == libraryId);
        }

        if (Filter.CounselorId is { } counselorId)
        {
            query = query.Where(b => b.CounselorId == counselorId);
        }

        if (Filter.Status is { } status)
        {
            query = query.Where(b => b.Status == status);
        }

        // The topic is left out on purpose: it is for the counsellor's agenda, not the front desk.
        Rows = await query.OrderBy(b => b.StartsAt)
            .Select(b => new Row(b.Id, b.StartsAt, b.Counselor!.FullName, b.Library!.Name, b.TrackingCode, b.Status, b.ToPayRials,
                db.Members.Where(m => m.Id == b.MemberId || (b.MemberId == null && ((m.BotName != null && m.BotName == b.BotName && m.UserId == b.UserId)
                    || db.MemberAccounts.Any(a => a.MemberId == m.Id && a.BotName == b.BotName && a.UserId == b.UserId))))
                    .Select(m => m.FullName).FirstOrDefault(),
                b.CancelReason))
            .Take(500).ToListAsync(cancellationToken);
        Payments = await PaymentCell.ForBookingsAsync(db, Rows.Select(r => r.Id), cancellationToken);
    }
}
