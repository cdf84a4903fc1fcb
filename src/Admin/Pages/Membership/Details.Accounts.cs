using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Membership;

/// <summary>
/// The member's messenger accounts (Telegram, Bale), linked by national ID and their own number, and the way to take
/// one off (a phone passed on, a link made by mistake): asked first, kept in the audit log.
/// </summary>
public partial class DetailsModel
{
    public sealed record AccountView(int Id, string Platform, DateTime LinkedAt, DateTime LastUsedAt, bool ReachesHere);

    public IReadOnlyList<AccountView> Accounts { get; private set; } = [];

    /// <summary>The account waiting for «بله، جدا شود», from the first press of its button.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Unlink { get; set; }

    public bool MayUnlink { get; private set; }

    public async Task<IActionResult> OnPostUnlinkAsync(int id, int accountId, CancellationToken cancellationToken)
    {
        if (await AccessAsync(id, cancellationToken) is { } denied)
        {
            return denied;
        }

        var account = await audit.RecordAsync(scope.UserName, new AuditNote("member-account-unlinked", $"member:{id}"),
            () => accounts.UnlinkAsync(id, accountId, cancellationToken),
            unlinked => unlinked is null ? null : new AuditNote("member-account-unlinked", $"member:{id}", PlatformOf(unlinked.BotName)),
            cancellationToken);
        Message = account is null ? LinkedAccountPanelTexts.AlreadyUnlinked : LinkedAccountPanelTexts.Unlinked(PlatformOf(account.BotName));
        return RedirectToPage(new { id });
    }

    private async Task LoadAccountsAsync(int id, CancellationToken cancellationToken)
    {
        var reach = await db.Members.Where(m => m.Id == id).Select(m => new { m.BotName, m.UserId }).SingleAsync(cancellationToken);
        Accounts = [.. (await accounts.ListAsync(id, cancellationToken)).Select(a => new AccountView(
            a.Id, PlatformOf(a.BotName), a.LinkedAt, a.LastUsedAt, a.BotName == reach.BotName && a.UserId == reach.UserId))];
        MayUnlink = Accounts.Count > 0 && await scope.CanManageLibraryAsync(Member.LibraryId, cancellationToken);
    }

    private string PlatformOf(string botName) => LinkedAccountPanelTexts.PlatformName(bots.Find(botName)?.Capabilities.Platform);
}
