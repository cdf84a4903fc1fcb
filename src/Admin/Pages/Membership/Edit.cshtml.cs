using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Membership;

/// <summary>
/// Staff correct a member's name, phone, library or group, with a reason kept in the audit log. The rule (what may
/// change, what a group change does to the fee, who is told) is <see cref="MembershipService.EditByStaffAsync"/>.
/// </summary>
public class EditModel(AppDbContext db, StaffScope scope, MembershipService membership, AuditLog audit) : PageModel
{
    [BindProperty]
    public EditInput Input { get; set; } = new();

    public string MembershipNumber { get; private set; } = "";

    public string NationalId { get; private set; } = "";

    public bool HasBot { get; private set; }

    public IReadOnlyList<StaffScope.LibraryOption> Libraries { get; private set; } = [];

    public sealed class EditInput
    {
        public string? FullName { get; set; }
        public string? Mobile { get; set; }
        public int? LibraryId { get; set; }
        public MemberCategory Category { get; set; }
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } member)
        {
            return NotFound();
        }

        Input = new EditInput
        {
            FullName = member.FullName, Mobile = IranianMobile.Display(member.Phone), LibraryId = member.LibraryId, Category = member.Category,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } member)
        {
            return NotFound();
        }

        if (!await scope.CanManageLibraryAsync(member.LibraryId, cancellationToken))
        {
            return Forbid();
        }

        if (Input.LibraryId is not { } libraryId)
        {
            ModelState.AddModelError("Input.LibraryId", MembershipPanelTexts.LibraryRequired);
        }
        else if (libraryId != member.LibraryId && !await scope.CanManageLibraryAsync(libraryId, cancellationToken))
        {
            ModelState.AddModelError("Input.LibraryId", MembershipPanelTexts.LibraryNotAllowed);
        }

        var reason = Input.Reason?.Trim() ?? "";
        if (reason.Length == 0 || reason.Length > 300)
        {
            ModelState.AddModelError("Input.Reason", reason.Length == 0 ? MemberEditTexts.ReasonRequired : MemberEditTexts.ReasonTooLong);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var edit = new MemberEdit(Input.FullName ?? "", Input.Mobile ?? "", Input.LibraryId!.Value, Input.Category);
        var result = await audit.RecordAsync(scope.UserName, new AuditNote("member-edited", $"member:{id}"),
            () => membership.EditByStaffAsync(id, edit, cancellationToken),
            r => r.Error == MemberEditError.None
                ? new AuditNote("member-edited", $"member:{id}", MemberEditTexts.AuditDetails(r.Changes, r.FormerCategory!.Value, Input.Category, reason))
                : null,
            cancellationToken);
        switch (result.Error)
        {
            case MemberEditError.None:
                TempData["Message"] = MemberEditTexts.Saved(result.Changes.HasFlag(MemberChanges.Group), HasBot);
                return RedirectToPage("/Membership/Details", new { id });
            case MemberEditError.NotFound:
                return NotFound();
            default:
                var (field, text) = MemberEditTexts.Error(result.Error);
                ModelState.AddModelError(field, text);
                return Page();
        }
    }

    private async Task<Member?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var libraries = await scope.LibraryIdsAsync(cancellationToken);
        var member = await db.Members.AsNoTracking()
            .Where(m => m.Id == id && (libraries == null || libraries.Contains(m.LibraryId)))
            .SingleOrDefaultAsync(cancellationToken);
        if (member is not null)
        {
            (MembershipNumber, NationalId, HasBot) = (member.MembershipNumber, member.NationalId, member.HasMessenger);
            Libraries = await scope.LibraryOptionsAsync(activeOnly: true, cancellationToken);
        }

        return member;
    }
}
