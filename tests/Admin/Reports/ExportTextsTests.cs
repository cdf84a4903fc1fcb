using RahZendegi.Admin.Pages.Membership;
using RahZendegi.Admin.Pages.Reports;
using RahZendegi.Domain.Membership;

namespace RahZendegi.Tests.Admin.Reports;

public sealed class ExportTextsTests
{
    [Fact]
    public void GroupStatus_NotVerified_ReadsAsInThePanel() =>
        Assert.Equal(MembershipPanelTexts.StatusNotVerified, ExportTexts.Status(CategoryStatus.Rejected));
}
