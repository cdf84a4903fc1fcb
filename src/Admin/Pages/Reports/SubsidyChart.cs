using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Reports;

namespace RahZendegi.Admin.Pages.Reports;

/// <summary>The committee's share per group and month, as the report counted it, in Tomans.</summary>
public static class SubsidyChart
{
    public static Chart From(PaymentReportResult report) =>
        new("subsidy", ReportTexts.SubsidyChart, [.. report.Months.Select(m => m.Format())],
            [.. report.Subsidy.Select(g => new ChartSeries(MemberCategoryNames.Of(g.Category), [.. g.CommitteeRials.Select(Money.ToToman)], ChartUnit.Toman))],
            Stacked: true);
}
