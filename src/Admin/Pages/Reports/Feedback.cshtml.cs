using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Feedback;

namespace RahZendegi.Admin.Pages.Reports;

/// <summary>
/// Clients' ratings: the average per counsellor and per workshop, for the provincial admin (all) and a library operator
/// (the counsellors who work at their libraries, the workshops held there). What clients wrote is for the admin only.
/// </summary>
public class FeedbackModel(AppDbContext db, StaffScope scope, FeedbackService feedback) : PageModel
{
    private const int CommentsShown = 100;

    public IReadOnlyList<FeedbackAverage> Counselors { get; private set; } = [];
    public IReadOnlyList<FeedbackAverage> Workshops { get; private set; } = [];
    public IReadOnlyList<FeedbackComment>? Comments { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var libraries = await scope.LibraryIdsAsync(cancellationToken);
        IReadOnlyCollection<int>? counselors = libraries is null
            ? null
            : await db.WeeklyPlanEntries.AsNoTracking().Where(e => libraries.Contains(e.LibraryId)).Select(e => e.CounselorId).Distinct().ToListAsync(cancellationToken);
        Counselors = await feedback.CounselorAveragesAsync(counselors, cancellationToken);
        Workshops = await feedback.WorkshopAveragesAsync(libraries, cancellationToken);
        Comments = scope.IsProvincialAdmin ? await feedback.CommentsAsync(CommentsShown, cancellationToken) : null;
    }
}
