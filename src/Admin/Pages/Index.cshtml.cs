using Microsoft.AspNetCore.Mvc.RazorPages;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Reports;

namespace RahZendegi.Admin.Pages;

/// <summary>The day at a glance, for the libraries in the signed-in person's scope.</summary>
public class IndexModel(Dashboard dashboard, Trends trends, StaffScope scope) : PageModel
{
    public DashboardFigures Figures { get; private set; } = DashboardFigures.Empty;

    public IReadOnlyList<Chart> Charts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var libraries = await scope.LibraryIdsAsync(cancellationToken);
        Figures = await dashboard.BuildAsync(libraries, cancellationToken);
        Charts = DashboardCharts.From(await trends.BuildAsync(libraries, cancellationToken));
    }
}
