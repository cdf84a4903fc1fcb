using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Data;

namespace RahZendegi.Admin.Pages.Counseling.Counselors;

/// <summary>
/// A library operator manages the counsellors who work at one of their libraries, and those not yet placed
/// anywhere (so a new counsellor can be set up); the provincial admin manages all.
/// </summary>
public static class CounselorAccess
{
    public static async Task<bool> CanManageCounselorAsync(this StaffScope scope, AppDbContext db, int counselorId, CancellationToken cancellationToken)
    {
        var allowed = await scope.LibraryIdsAsync(cancellationToken);
        var libraries = await db.WeeklyPlanEntries.AsNoTracking().Where(e => e.CounselorId == counselorId)
            .Select(e => e.LibraryId).Distinct().ToListAsync(cancellationToken);
        return allowed is null || libraries.Count == 0 || libraries.Any(allowed.Contains);
    }

}
