using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Announcements;

/// <summary>Asks before cancelling a broadcast that has not started, and says what follows; only the confirmation posts.</summary>
public class CancelModel(AppDbContext db, StaffScope scope, BroadcastService broadcasts, AuditLog audit) : PageModel
{
    public string Text { get; private set; } = "";
    public DateTime ScheduledAt { get; private set; }
    public int RecipientsNow { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } broadcast)
        {
            return NotFound();
        }

        (Text, ScheduledAt) = (broadcast.Text, broadcast.ScheduledAt);
        RecipientsNow = await broadcasts.AudienceCountAsync(broadcast.Audience, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is null)
        {
            TempData["Message"] = BroadcastNotices.AlreadyStarted;
            return RedirectToPage("/Announcements/Index");
        }

        var cancelled = await audit.RecordAsync(scope.UserName, new AuditNote("broadcast-cancelled", $"Broadcast {id}", null),
            () => broadcasts.CancelAsync(id, cancellationToken), c => c, cancellationToken);
        TempData["Message"] = cancelled ? AnnouncementsPanelTexts.Cancelled : BroadcastNotices.AlreadyStarted;
        return RedirectToPage("/Announcements/Index");
    }

    /// <summary>A broadcast in this person's scope that has not started.</summary>
    private async Task<Broadcast?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var broadcast = await db.Broadcasts.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && b.Status == BroadcastStatus.Scheduled, cancellationToken);
        return broadcast is not null && (broadcast.LibraryId is { } library ? await scope.CanManageLibraryAsync(library, cancellationToken) : scope.IsProvincialAdmin)
            ? broadcast
            : null;
    }
}
