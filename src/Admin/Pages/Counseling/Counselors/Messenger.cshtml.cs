using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Admin.Pages.Membership;
using RahZendegi.Bot.Hosting;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Counseling.Counselors;

/// <summary>
/// The counsellor's messenger accounts, a one-time code that links one (shown once, kept only as a hash), and the way
/// to take an account off: asked first, kept in the audit log.
/// </summary>
public class MessengerModel(AppDbContext db, StaffScope scope, CounselorAccounts accounts, AuditLog audit, BotRegistry bots, TimeProvider time) : PageModel
{
    public sealed record AccountView(int Id, string Platform, DateTime LinkedAt);

    public int Id { get; private set; }
    public string CounselorName { get; private set; } = "";
    public IReadOnlyList<AccountView> Accounts { get; private set; } = [];

    /// <summary>The code just made, on the answer to the post only: never stored, never in a cookie.</summary>
    public string? Code { get; private set; }
    public DateTime CodeValidUntil { get; private set; }

    /// <summary>The account waiting for «بله، جدا شود», from the first press of its button.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Unlink { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : StatusCode(StatusCodes.Status403Forbidden);

    public async Task<IActionResult> OnPostCodeAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Code = accounts.NewCode(id, scope.UserName);
        CodeValidUntil = time.GetUtcNow().UtcDateTime + CounselorAccounts.CodeLifetime;
        await audit.CommitAsync(scope.UserName, new AuditNote("counselor.link-code", $"Counselor {id}"), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostUnlinkAsync(int id, int accountId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var account = await audit.RecordAsync(scope.UserName, new AuditNote("counselor.unlink", $"Counselor {id}"),
            () => accounts.UnlinkAsync(id, accountId, cancellationToken),
            unlinked => unlinked is null ? null : new AuditNote("counselor.unlink", $"Counselor {id}", PlatformOf(unlinked.BotName)),
            cancellationToken);
        Notice = account is null ? CounselorPanelTexts.AlreadyUnlinked : CounselorPanelTexts.Unlinked;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        var name = await db.Counselors.AsNoTracking().Where(c => c.Id == id).Select(c => c.FullName).SingleOrDefaultAsync(cancellationToken);
        if (name is null || !await scope.CanManageCounselorAsync(db, id, cancellationToken))
        {
            return false;
        }

        CounselorName = name;
        Accounts = [.. (await accounts.ListAsync(id, cancellationToken)).Select(a => new AccountView(a.Id, PlatformOf(a.BotName), a.LinkedAt))];
        return true;
    }

    private string PlatformOf(string botName) => LinkedAccountPanelTexts.PlatformName(bots.Find(botName)?.Capabilities.Platform);
}
