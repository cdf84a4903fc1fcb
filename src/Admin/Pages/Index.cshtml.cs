using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;

namespace RahZendegi.Admin.Pages;

public class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public int Libraries { get; private set; }
    public int Counselors { get; private set; }
    public int UpcomingWorkshops { get; private set; }
    public int BotUsers { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        Libraries = await db.Libraries.AsNoTracking().CountAsync(l => l.Active, cancellationToken);
        Counselors = await db.Counselors.AsNoTracking().CountAsync(c => c.Active, cancellationToken);
        UpcomingWorkshops = await db.Workshops.AsNoTracking().CountAsync(w => w.StartsAt > now, cancellationToken);
        BotUsers = await db.Conversations.AsNoTracking().CountAsync(cancellationToken);
    }
}
