using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Reports;

/// <summary>Bookings, members and workshop attendance as CSV for Excel, for the libraries in scope.</summary>
public class ExportsModel(AppDbContext db, StaffScope scope, AuditLog audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetBookingsAsync(CancellationToken cancellationToken)
    {
        var allowed = await scope.LibraryIdsAsync(cancellationToken);
        var rows = await db.Bookings.AsNoTracking()
            .Where(Booking.IsBooked).Where(b => allowed == null || allowed.Contains(b.LibraryId))
            .OrderBy(b => b.StartsAt)
            .Select(b => new { b.StartsAt, Library = b.Library!.Name, Counselor = b.Counselor!.FullName, b.TrackingCode, b.Status, b.BaseRials, b.ToPayRials })
            .ToListAsync(cancellationToken);
        await AuditAsync("bookings", cancellationToken);
        return CsvFile.Create("bookings.csv", ExportTexts.BookingsHeader, rows.Select(b => (IReadOnlyList<object?>)
            [JalaliDate.FormatShortDate(b.StartsAt), JalaliDate.FormatTime(b.StartsAt), b.Library, b.Counselor, b.TrackingCode,
                ExportTexts.Status(b.Status), b.BaseRials, b.ToPayRials]));
    }

    public async Task<IActionResult> OnGetMembersAsync(CancellationToken cancellationToken)
    {
        var allowed = await scope.LibraryIdsAsync(cancellationToken);
        var rows = await db.Members.AsNoTracking()
            .Where(m => allowed == null || allowed.Contains(m.LibraryId))
            .OrderBy(m => m.CreatedAt)
            .Select(m => new { m.MembershipNumber, m.FullName, Library = m.Library!.Name, m.Category, m.CategoryStatus, m.CreatedAt, m.FeeToPayRials })
            .ToListAsync(cancellationToken);
        await AuditAsync("members", cancellationToken);
        return CsvFile.Create("members.csv", ExportTexts.MembersHeader, rows.Select(m => (IReadOnlyList<object?>)
            [m.MembershipNumber, m.FullName, m.Library, MemberCategoryNames.Of(m.Category), ExportTexts.Status(m.CategoryStatus),
                JalaliDate.FormatShortDate(m.CreatedAt), m.FeeToPayRials]));
    }

    public async Task<IActionResult> OnGetAttendanceAsync(CancellationToken cancellationToken)
    {
        var allowed = await scope.LibraryIdsAsync(cancellationToken);
        var rows = await db.WorkshopRegistrations.AsNoTracking()
            .Where(r => allowed == null || allowed.Contains(r.Workshop!.LibraryId))
            .OrderBy(r => r.Workshop!.StartsAt).ThenBy(r => r.Seat)
            .Select(r => new { r.Workshop!.Title, r.Workshop.StartsAt, Library = r.Workshop.Library!.Name, r.Seat, r.Status, r.ToPayRials })
            .ToListAsync(cancellationToken);
        await AuditAsync("workshop attendance", cancellationToken);
        return CsvFile.Create("workshop-attendance.csv", ExportTexts.AttendanceHeader, rows.Select(r => (IReadOnlyList<object?>)
            [r.Title, JalaliDate.FormatShortDate(r.StartsAt), r.Library, r.Seat, ExportTexts.Status(r.Status), r.ToPayRials]));
    }

    /// <summary>Exports carry personal data: who took one is recorded.</summary>
    private Task AuditAsync(string what, CancellationToken cancellationToken) =>
        audit.CommitAsync(scope.UserName, new AuditNote("export", what), cancellationToken);
}
