using Microsoft.AspNetCore.Mvc;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Membership;

/// <summary>
/// The member's no-shows against the limit, and the way back: after too many, the bot and the desk both refuse a new
/// booking until staff, having heard the person, let them book again with a reason kept in the audit log.
/// </summary>
public partial class DetailsModel
{
    public NoShowStanding NoShows { get; private set; } = new(0, 1, null);

    [BindProperty]
    public LiftInput Lift { get; set; } = new();

    public sealed class LiftInput
    {
        public string? Reason { get; set; }
    }

    public bool MayLift { get; private set; }

    public async Task<IActionResult> OnPostLiftNoShowsAsync(int id, CancellationToken cancellationToken)
    {
        if (await AccessAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        var reason = Lift.Reason?.Trim() ?? "";
        if (reason.Length == 0 || reason.Length > 300)
        {
            ModelState.Remove("Input.Reason");
            ModelState.AddModelError("Lift.Reason", reason.Length == 0 ? NoShowPanelTexts.ReasonRequired : NoShowPanelTexts.ReasonTooLong);
            await LoadProofsAsync(id, Member.LibraryId, cancellationToken);
            await LoadNoShowsAsync(id, cancellationToken);
            await LoadAccountsAsync(id, cancellationToken);
            return Page();
        }

        var outcome = await audit.RecordAsync(scope.UserName, new AuditNote("member-no-show-block-lifted", $"member:{id}", reason),
            () => bookings.LiftNoShowBlockAsync(id, reason, scope.UserName, cancellationToken), o => o == LiftOutcome.Lifted, cancellationToken);
        Message = outcome == LiftOutcome.Lifted ? NoShowPanelTexts.Lifted(Member.HasBot) : NoShowPanelTexts.NotBlocked;
        return RedirectToPage(new { id });
    }

    private async Task LoadNoShowsAsync(int id, CancellationToken cancellationToken)
    {
        NoShows = await bookings.NoShowStandingAsync(id, cancellationToken);
        MayLift = NoShows.Blocked && await scope.CanManageLibraryAsync(Member.LibraryId, cancellationToken);
    }
}
