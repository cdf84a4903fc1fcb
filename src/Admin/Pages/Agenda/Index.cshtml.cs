using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Feedback;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Agenda;

/// <summary>A counsellor's own sessions for today and the next seven days, with the topic they will counsel on.</summary>
public class IndexModel(AppDbContext db, UserManager<StaffUser> users, FeedbackService feedback, TimeProvider time) : PageModel
{
    public sealed record Row(DateTime StartsAt, DateTime EndsAt, string Library, CounselingTopic Topic, string TrackingCode);

    /// <summary>False for a staff account that is not linked to a counsellor.</summary>
    public bool IsCounselor { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>The counsellor's own average rating from clients, never anyone else's and never the comments.</summary>
    public FeedbackAverage? Rating { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User);
        var counselorId = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.CounselorId).SingleOrDefaultAsync(cancellationToken);
        if (counselorId is not { } id)
        {
            return;
        }

        IsCounselor = true;
        Rating = (await feedback.CounselorAveragesAsync([id], cancellationToken)).SingleOrDefault();
        var now = time.GetUtcNow().UtcDateTime;
        var from = JalaliDate.FromUtc(now).ToUtc(TimeOnly.MinValue).Utc ?? now;
        var until = JalaliDate.FromUtc(now).AddDays(8).ToUtc(TimeOnly.MinValue).Utc ?? now.AddDays(8);
        Rows = await db.Bookings.AsNoTracking()
            .Where(b => b.CounselorId == id && b.Status == BookingStatus.Confirmed && b.StartsAt >= from && b.StartsAt < until)
            .OrderBy(b => b.StartsAt)
            .Select(b => new Row(b.StartsAt, b.EndsAt, b.Library!.Name, b.Topic, b.TrackingCode))
            .ToListAsync(cancellationToken);
    }
}
