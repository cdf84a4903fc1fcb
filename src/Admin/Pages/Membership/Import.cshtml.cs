using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Membership;

/// <summary>The committee's list of eligible national IDs for a category: kept for later sign-ups, and verifies pending claims.</summary>
public class ImportModel(StaffScope scope, CategoryVerification verification, AuditLog audit) : PageModel
{
    [BindProperty]
    public ImportInput Input { get; set; } = new();

    public ImportReport? Report { get; private set; }

    public static IEnumerable<(MemberCategory Category, string Name)> Categories => MemberCategoryNames.All.Where(c => c.Category.NeedsProof());

    public sealed class ImportInput
    {
        [Required(ErrorMessage = MembershipPanelTexts.CategoryRequired)]
        public MemberCategory? Category { get; set; }

        [Required(ErrorMessage = MembershipPanelTexts.FileRequired)]
        public IFormFile? File { get; set; }
    }

    public IActionResult OnGet() => scope.IsProvincialAdmin ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!scope.IsProvincialAdmin)
        {
            return Forbid();
        }

        if (Input.Category is not { } category || !category.NeedsProof())
        {
            ModelState.AddModelError("Input.Category", MembershipPanelTexts.CategoryRequired);
        }

        if (Input.File is not { Length: > 0 })
        {
            ModelState.AddModelError("Input.File", MembershipPanelTexts.FileRequired);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var csv = Input.File!.OpenReadStream();
        Report = await audit.RecordAsync(scope.UserName, new AuditNote("eligible-list-imported", Input.Category!.Value.ToString(), Input.File.FileName),
            () => verification.ImportEligibleAsync(Input.Category.Value, csv, cancellationToken), _ => true, cancellationToken);
        return Page();
    }
}
