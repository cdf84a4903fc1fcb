using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Membership;

/// <summary>
/// Registers at the desk a person who does not use the bot (elderly, low literacy): a member without a messenger
/// account, with the same checks and fee as the bot's sign-up. A booking page sends the operator here and gets the
/// person back by their national ID.
/// </summary>
public class NewModel(AppDbContext db, StaffScope scope, MembershipService membership, AuditLog audit) : PageModel
{
    [BindProperty]
    public NewInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<StaffScope.LibraryOption> Libraries { get; private set; } = [];

    public sealed class NewInput
    {
        public string? FullName { get; set; }
        public string? NationalId { get; set; }
        public string? Mobile { get; set; }
        public MemberCategory Category { get; set; }
        public int? LibraryId { get; set; }
    }

    public async Task OnGetAsync(string? nationalId, CancellationToken cancellationToken)
    {
        Input.NationalId = nationalId;
        await LoadAsync(cancellationToken);
        if (Libraries.Count == 1)
        {
            Input.LibraryId = Libraries[0].Id;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.LibraryId is not { } libraryId)
        {
            ModelState.AddModelError("Input.LibraryId", MembershipPanelTexts.LibraryRequired);
        }
        else if (!await scope.CanManageLibraryAsync(libraryId, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (PersonName.Validate(Input.FullName, out var name) != PersonNameCheck.Valid)
        {
            ModelState.AddModelError("Input.FullName", MembershipPanelTexts.NameInvalid);
        }

        if (NationalId.Validate(Input.NationalId, out var nationalId) != NationalIdCheck.Valid)
        {
            ModelState.AddModelError("Input.NationalId", MembershipPanelTexts.NationalIdInvalid);
        }

        if (IranianMobile.TryNormalize(Input.Mobile, out var phone) != MobileCheck.Valid)
        {
            ModelState.AddModelError("Input.Mobile", MembershipPanelTexts.MobileInvalid);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        RegistrationResult result;
        try
        {
            result = await audit.RecordAsync(scope.UserName, new AuditNote("member.register-at-desk", "member", MemberCategoryNames.Of(Input.Category)),
                () => membership.RegisterAtDeskAsync(Input.Category, name, nationalId, phone, Input.LibraryId!.Value, cancellationToken),
                r => r.Member is { } made ? new AuditNote("member.register-at-desk", $"member:{made.MembershipNumber}", MemberCategoryNames.Of(made.Category)) : null,
                cancellationToken);
        }
        catch (DbUpdateException e) when (Constraints.IsViolation(e))
        {
            // Another desk registered the same national ID a moment ago: the unique index decided.
            db.ChangeTracker.Clear();
            return await RefuseAsync(cancellationToken);
        }

        if (result.Member is not { } member)
        {
            return await RefuseAsync(cancellationToken);
        }

        TempData["Notice"] = MembershipPanelTexts.RegisteredAtDesk(member.MembershipNumber);
        return Url.IsLocalUrl(ReturnUrl)
            ? LocalRedirect(QueryHelpers.AddQueryString(ReturnUrl, "Person", member.NationalId))
            : RedirectToPage("/Membership/Details", new { id = member.Id });
    }

    private async Task<IActionResult> RefuseAsync(CancellationToken cancellationToken)
    {
        ModelState.AddModelError("Input.NationalId", MembershipPanelTexts.NationalIdTaken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Libraries = await scope.LibraryOptionsAsync(activeOnly: true, cancellationToken);
    }
}
