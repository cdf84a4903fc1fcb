using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Staff;

/// <summary>The provincial admin's list of staff accounts, and a new account with a one-time password.</summary>
public class IndexModel(AppDbContext db, UserManager<StaffUser> users, StaffScope scope, AuditLog audit, TimeProvider time) : PageModel
{
    public IReadOnlyList<Row> Accounts { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Libraries { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Counselors { get; private set; } = [];
    public string? Created { get; private set; }

    [BindProperty]
    public NewAccount Input { get; set; } = new();

    public sealed record Row(string Id, string UserName, string DisplayName, string Roles, string Libraries, bool MustChangePassword, bool LockedOut, bool Disabled);

    public sealed class NewAccount
    {
        [Required(ErrorMessage = StaffTexts.UserNameRequired)]
        [RegularExpression("^[A-Za-z0-9._-]{3,40}$", ErrorMessage = StaffTexts.UserNameRequired)]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = StaffTexts.DisplayNameRequired)]
        [StringLength(100)]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = StaffTexts.RoleRequired)]
        public string Role { get; set; } = StaffRoles.LibraryOperator;

        public List<int> LibraryIds { get; set; } = [];
        public int? CounselorId { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!StaffRoles.All.Contains(Input.Role))
        {
            ModelState.AddModelError("Input.Role", StaffTexts.RoleRequired);
        }

        if (Input.Role == StaffRoles.LibraryOperator && Input.LibraryIds.Count == 0)
        {
            ModelState.AddModelError("Input.LibraryIds", StaffTexts.LibraryRequired);
        }

        if (Input.Role == StaffRoles.Counselor && Input.CounselorId is null)
        {
            ModelState.AddModelError("Input.CounselorId", StaffTexts.CounselorRequired);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var password = StaffAccounts.OneTimePassword();
        var account = new StaffUser
        {
            UserName = Input.UserName.Trim(),
            DisplayName = Input.DisplayName.Trim(),
            MustChangePassword = true,
            CounselorId = Input.Role == StaffRoles.Counselor ? Input.CounselorId : null,
        };
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            ModelState.AddModelError("Input.UserName", StaffTexts.UserNameTaken);
            await LoadAsync(cancellationToken);
            return Page();
        }

        await users.AddToRoleAsync(account, Input.Role);
        if (Input.Role == StaffRoles.LibraryOperator)
        {
            db.StaffLibraries.AddRange(Input.LibraryIds.Distinct().Select(id => new StaffLibrary { StaffUserId = account.Id, LibraryId = id }));
        }

        await audit.CommitAsync(scope.UserName,
            new AuditNote("staff-created", account.UserName!, $"{Input.Role}; libraries {string.Join(',', Input.LibraryIds)}"), cancellationToken);
        Created = StaffTexts.Created(account.UserName!, password);
        Input = new();
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var libraryNames = await db.Libraries.AsNoTracking().OrderBy(l => l.Name).Select(l => new { l.Id, l.Name }).ToListAsync(cancellationToken);
        Libraries = [.. libraryNames.Select(l => (l.Id, l.Name))];
        Counselors = [.. (await db.Counselors.AsNoTracking().OrderBy(c => c.FullName).Select(c => new { c.Id, c.FullName }).ToListAsync(cancellationToken))
            .Select(c => (c.Id, c.FullName))];
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name ?? "", cancellationToken);
        var userRoles = await db.UserRoles.AsNoTracking().ToListAsync(cancellationToken);
        var assigned = await db.StaffLibraries.AsNoTracking().ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        Accounts = [.. (await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken)).Select(u => new Row(
            u.Id,
            u.UserName ?? "",
            u.DisplayName ?? "",
            string.Join("، ", userRoles.Where(r => r.UserId == u.Id).Select(r => StaffRoleNames.Of(roleNames.GetValueOrDefault(r.RoleId, "")))),
            string.Join("، ", assigned.Where(a => a.StaffUserId == u.Id).Select(a => libraryNames.FirstOrDefault(l => l.Id == a.LibraryId)?.Name)),
            u.MustChangePassword,
            u.LockoutEnd > now,
            u.IsDisabled))];
    }
}
