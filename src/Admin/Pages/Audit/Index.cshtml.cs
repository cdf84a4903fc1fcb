using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;

namespace RahZendegi.Admin.Pages.Audit;

public class IndexModel(AppDbContext db) : PageModel
{
    private const int PageSize = 200;

    public IReadOnlyList<Row> Entries { get; private set; } = [];

    public sealed record Row(DateTime At, string UserName, string Action, string Subject, string? Details);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Take(PageSize)
            .Select(a => new Row(a.At, a.UserName, a.Action, a.Subject, a.Details)).ToListAsync(cancellationToken);
}
