using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Admin.Pages.Membership;

public enum DeliveryStatus { Waiting, Sent, Failed, Blocked }

/// <summary>
/// What the bot sent one member and how each send ended. Only the kind and the outcome: replies, reminders and notices
/// may be about counselling, so their text stays out of the panel; a broadcast, written for everyone, shows its opening.
/// </summary>
public class DeliveriesModel(AppDbContext db, StaffScope scope) : PageModel
{
    public const int Shown = 200;
    private const int PreviewLength = 80;

    public string FullName { get; private set; } = "";
    public int MemberId { get; private set; }
    public bool Unreachable { get; private set; }
    public IReadOnlyList<DeliveryRow> Rows { get; private set; } = [];

    public sealed record DeliveryRow(DateTime At, OutboxKind Kind, DeliveryStatus Status, string? BroadcastPreview);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var libraries = await scope.LibraryIdsAsync(cancellationToken);
        var query = db.Members.AsNoTracking().Where(m => m.Id == id);
        if (libraries is not null)
        {
            query = query.Where(m => libraries.Contains(m.LibraryId));
        }

        var member = await query.Select(m => new { m.Id, m.FullName, m.BotName, m.ChatId, m.UserId }).SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return NotFound();
        }

        (MemberId, FullName) = (member.Id, member.FullName);
        Unreachable = await db.Conversations.AnyAsync(c => c.BotName == member.BotName && c.UserId == member.UserId && c.Unreachable, cancellationToken);
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.BotName == member.BotName && m.ChatId == member.ChatId)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Take(Shown)
            .Select(m => new
            {
                m.CreatedAt, m.SentAt, m.Kind, m.Status, m.Error, m.BroadcastId,
                BroadcastText = db.Broadcasts.Where(b => b.Id == m.BroadcastId).Select(b => b.Text).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        Rows = [.. rows.Select(r => new DeliveryRow(
            r.SentAt ?? r.CreatedAt,
            KindOf(r.Kind, r.BroadcastId),
            StatusOf(r.Status, r.Error),
            r.BroadcastText is null ? null : Preview(r.BroadcastText)))];
        return Page();
    }

    // A row from before the Kind column is still known to be a broadcast by its broadcast; the rest stay Unknown.
    public static OutboxKind KindOf(OutboxKind kind, int? broadcastId) =>
        kind == OutboxKind.Unknown && broadcastId is not null ? OutboxKind.Broadcast : kind;

    public static DeliveryStatus StatusOf(OutboxStatus status, string? error) => status switch
    {
        OutboxStatus.Sent => DeliveryStatus.Sent,
        OutboxStatus.Failed when DeliveryErrors.IsBlocked(error) => DeliveryStatus.Blocked,
        OutboxStatus.Failed => DeliveryStatus.Failed,
        _ => DeliveryStatus.Waiting,
    };

    private static string Preview(string text)
    {
        var firstLine = text.Split('\n', 2)[0].Trim();
        return firstLine.Length <= PreviewLength ? firstLine : firstLine[..PreviewLength].TrimEnd() + "…";
    }
}
