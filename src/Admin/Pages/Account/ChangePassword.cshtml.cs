using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Account;

public class ChangePasswordModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, AuditLog audit) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public sealed class ChangePasswordInput
    {
        [Required(ErrorMessage = AccountTexts.CurrentPasswordRequired)]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = AccountTexts.NewPasswordRequired)]
        public string New { get; set; } = "";

        [Compare(nameof(New), ErrorMessage = AccountTexts.PasswordsDiffer)]
        public string Repeat { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        var changed = await users.ChangePasswordAsync(user, Input.Current, Input.New);
        if (!changed.Succeeded)
        {
            ModelState.AddModelError(string.Empty, changed.Errors.Any(e => e.Code == "PasswordMismatch")
                ? AccountTexts.CurrentPasswordWrong
                : AccountTexts.PasswordRules);
            return Page();
        }

        user.MustChangePassword = false;
        await audit.RecordAsync(user.UserName ?? "", new AuditNote("password-changed", user.UserName ?? ""), () => users.UpdateAsync(user),
            updated => updated.Succeeded, HttpContext.RequestAborted);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage("/Index");
    }
}
