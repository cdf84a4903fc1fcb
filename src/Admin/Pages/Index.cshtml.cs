using Microsoft.AspNetCore.Mvc.RazorPages;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Reports;

namespace RahZendegi.Admin.Pages;

/// <summary>The day at a glance, for the libraries in the signed-in person's scope.</summary>
public class IndexModel(Dashboard dashboard, StaffScope scope) : PageModel
{
    public DashboardFigures Figures { get; private set; } = DashboardFigures.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Figures = await dashboard.BuildAsync(await scope.LibraryIdsAsync(cancellationToken), cancellationToken);
}
