using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Bot.Hosting;
using RahZendegi.Bot.Membership;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Membership;

public partial class DetailsModel(
    AppDbContext db, StaffScope scope, CategoryVerification verification, BookingService bookings, AuditLog audit, ProofDownloads downloads,
    TimeProvider time, MemberAccounts accounts, BotRegistry bots) : PageModel
{
    public MemberView Member { get; private set; } = null!;

    [BindProperty]
    public RejectInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public sealed record MemberView(
        int Id, string MembershipNumber, string FullName, string NationalId, string Phone, int LibraryId, string Library,
        MemberCategory Category, CategoryStatus Status, string? RejectionReason,
        long FeeToPayRials, DateTime CreatedAt, DateTime? DecidedAt, bool HasBot);

    public sealed class RejectInput
    {
        [Required(ErrorMessage = MembershipPanelTexts.ReasonRequired)]
        [StringLength(300, ErrorMessage = MembershipPanelTexts.ReasonTooLong)]
        public string Reason { get; set; } = "";
    }

    public bool CanDecide => MaySeeProofs && Member.Category.NeedsProof() && Member.Status == CategoryStatus.Pending;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await LoadProofsAsync(id, Member.LibraryId, cancellationToken);
        await LoadNoShowsAsync(id, cancellationToken);
        await LoadAccountsAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostVerifyAsync(int id, CancellationToken cancellationToken)
    {
        if (await AccessAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        var outcome = await audit.RecordAsync(scope.UserName, new AuditNote("member-category-verified", $"member:{id}"),
            () => verification.VerifyAsync(id, cancellationToken), o => o == DecisionOutcome.Done, cancellationToken);
        Message = outcome == DecisionOutcome.Done ? MembershipPanelTexts.Verified : MembershipPanelTexts.NothingToDecide;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRejectAsync(int id, CancellationToken cancellationToken)
    {
        if (await AccessAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (string.IsNullOrWhiteSpace(Input.Reason))
        {
            ModelState.AddModelError("Input.Reason", MembershipPanelTexts.ReasonRequired);
        }

        if (!ModelState.IsValid)
        {
            await LoadProofsAsync(id, Member.LibraryId, cancellationToken);
            await LoadNoShowsAsync(id, cancellationToken);
            await LoadAccountsAsync(id, cancellationToken);
            return Page();
        }

        var outcome = await audit.RecordAsync(scope.UserName, new AuditNote("member-category-rejected", $"member:{id}", Input.Reason.Trim()),
            () => verification.RejectAsync(id, Input.Reason, cancellationToken), o => o == DecisionOutcome.Done, cancellationToken);
        Message = outcome == DecisionOutcome.Done ? MembershipPanelTexts.Rejected : MembershipPanelTexts.NothingToDecide;
        return RedirectToPage(new { id });
    }

    // A member outside the staff member's libraries does not exist for them; one inside but not theirs to change is forbidden.
    private async Task<IActionResult?> AccessAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return await scope.CanManageLibraryAsync(Member.LibraryId, cancellationToken) ? null : Forbid();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var libraries = await scope.LibraryIdsAsync(cancellationToken);
        var query = db.Members.AsNoTracking().Where(m => m.Id == id);
        if (libraries is not null)
        {
            query = query.Where(m => libraries.Contains(m.LibraryId));
        }

        var member = await query
            .Select(m => new MemberView(
                m.Id, m.MembershipNumber, m.FullName, m.NationalId, m.Phone, m.LibraryId, m.Library!.Name,
                m.Category, m.CategoryStatus, m.RejectionReason,
                m.FeeToPayRials, m.CreatedAt, m.CategoryDecidedAt, m.ChatId != null))
            .SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return false;
        }

        Member = member;
        return true;
    }
}
