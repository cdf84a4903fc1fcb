using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Staff;

/// <summary>
/// One staff account, for the provincial admin: disable or enable it, reset its password (the new one shown once),
/// unlock it, change its role and libraries. Disabling and resetting ask first, on this page, and say what follows.
/// </summary>
public class AccountModel(AppDbContext db, StaffAccounts accounts, StaffScope scope, AuditLog audit, TimeProvider time) : PageModel
{
    public sealed record AccountView(string Id, string UserName, string DisplayName, string Role, IReadOnlyList<int> LibraryIds, int? CounselorId,
        bool Disabled, DateTime? DisabledAt, bool LockedOut, bool MustChangePassword);

    public AccountView Account { get; private set; } = null!;

    public IReadOnlyList<(int Id, string Name)> Libraries { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Counselors { get; private set; } = [];

    /// <summary>The action waiting for «بله» (disable or reset), from the first press of its button.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Confirm { get; set; }

    [BindProperty]
    public RoleInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    /// <summary>A password just set: shown on this response only, never stored or redirected with.</summary>
    public string? NewPassword { get; private set; }

    public bool IsSelf => Account.UserName == scope.UserName;

    public sealed class RoleInput
    {
        public string Role { get; set; } = StaffAccounts.OperatorRole;
        public List<int> LibraryIds { get; set; } = [];
        public int? CounselorId { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new RoleInput { Role = Account.Role, LibraryIds = [.. Account.LibraryIds], CounselorId = Account.CounselorId };
        return Page();
    }

    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken) =>
        ActAsync(id, "staff-disabled", () => accounts.DisableAsync(id, scope.UserName, cancellationToken), StaffTexts.Disabled, cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(string id, CancellationToken cancellationToken) =>
        ActAsync(id, "staff-enabled", () => accounts.EnableAsync(id, cancellationToken), StaffTexts.Enabled, cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken) =>
        ActAsync(id, "staff-unlocked", () => accounts.UnlockAsync(id, cancellationToken), StaffTexts.Unlocked, cancellationToken);

    public async Task<IActionResult> OnPostResetPasswordAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var reset = await audit.RecordAsync(scope.UserName, new AuditNote("staff-password-reset", Account.UserName),
            () => accounts.ResetPasswordAsync(id, cancellationToken), r => r.Outcome == StaffOutcome.Done, cancellationToken);
        if (reset.Outcome != StaffOutcome.Done)
        {
            return NotFound();
        }

        // Shown on this response, not through a redirect: the password never travels in a cookie or a URL.
        await LoadAsync(id, cancellationToken);
        Input = new RoleInput { Role = Account.Role, LibraryIds = [.. Account.LibraryIds], CounselorId = Account.CounselorId };
        (NewPassword, Confirm, Message) = (reset.Password, null, null);
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var libraries = Input.LibraryIds.Distinct().Order().ToList();
        var details = $"{StaffRoleNames.Of(Account.Role)} → {StaffRoleNames.Of(Input.Role)}"
            + (Input.Role == StaffAccounts.OperatorRole ? $"؛ کتابخانه‌ها: {string.Join("، ", Libraries.Where(l => libraries.Contains(l.Id)).Select(l => l.Name))}" : "");
        var outcome = await audit.RecordAsync(scope.UserName, new AuditNote("staff-role-changed", Account.UserName, details),
            () => accounts.ChangeRoleAsync(id, Input.Role, libraries, Input.CounselorId, scope.UserName, cancellationToken),
            o => o == StaffOutcome.Done, cancellationToken);
        if (outcome == StaffOutcome.Done)
        {
            Message = StaffTexts.RoleChanged;
            return RedirectToPage(new { id });
        }

        ModelState.AddModelError(string.Empty, StaffTexts.Refused(outcome));
        return Page();
    }

    private async Task<IActionResult> ActAsync(string id, string action, Func<Task<StaffOutcome>> change, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await audit.RecordAsync(scope.UserName, new AuditNote(action, Account.UserName), change, o => o == StaffOutcome.Done, cancellationToken);
        Message = outcome == StaffOutcome.Done ? done : StaffTexts.Refused(outcome);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return false;
        }

        var role = await db.UserRoles.AsNoTracking().Where(ur => ur.UserId == id)
            .Join(db.Roles.AsNoTracking(), ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var libraryIds = await db.StaffLibraries.AsNoTracking().Where(l => l.StaffUserId == id).Select(l => l.LibraryId).ToListAsync(cancellationToken);
        Account = new AccountView(user.Id, user.UserName ?? "", user.DisplayName ?? "", role, libraryIds, user.CounselorId,
            user.IsDisabled, user.DisabledAt, user.LockoutEnd > time.GetUtcNow(), user.MustChangePassword);
        Libraries = [.. (await db.Libraries.AsNoTracking().OrderBy(l => l.Name).Select(l => new { l.Id, l.Name }).ToListAsync(cancellationToken))
            .Select(l => (l.Id, l.Name))];
        Counselors = [.. (await db.Counselors.AsNoTracking().OrderBy(c => c.FullName).Select(c => new { c.Id, c.FullName }).ToListAsync(cancellationToken))
            .Select(c => (c.Id, c.FullName))];
        return true;
    }
}
