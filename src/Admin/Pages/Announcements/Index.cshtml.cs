using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;

namespace RahZendegi.Admin.Pages.Announcements;

public class IndexModel(AppDbContext db, StaffScope scope, BroadcastService broadcasts) : PageModel
{
    private const int Shown = 30;

    public IReadOnlyList<(BroadcastRow Broadcast, BroadcastProgress Progress)> Broadcasts { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public sealed record BroadcastRow(int Id, string Text, AnnouncementTopic Topic, string? Library, MemberCategory? Category, DateTime ScheduledAt, BroadcastStatus Status, string CreatedBy, bool HasPhoto);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var libraries = await scope.LibraryIdsAsync(cancellationToken);
        var query = db.Broadcasts.AsNoTracking();
        if (libraries is not null)
        {
            // A province-wide broadcast is the provincial admin's; an operator sees those of their libraries.
            query = query.Where(b => b.LibraryId != null && libraries.Contains(b.LibraryId.Value));
        }

        var rows = await query.OrderByDescending(b => b.Id).Take(Shown)
            .Select(b => new BroadcastRow(b.Id, b.Text, b.Topic,
                db.Libraries.Where(l => l.Id == b.LibraryId).Select(l => l.Name).FirstOrDefault(),
                b.Category, b.ScheduledAt, b.Status, b.CreatedBy, b.Photo != null))
            .ToListAsync(cancellationToken);
        var withProgress = new List<(BroadcastRow, BroadcastProgress)>(rows.Count);
        foreach (var row in rows)
        {
            withProgress.Add((row, await broadcasts.ProgressAsync(row.Id, cancellationToken)));
        }

        Broadcasts = withProgress;
    }
}
