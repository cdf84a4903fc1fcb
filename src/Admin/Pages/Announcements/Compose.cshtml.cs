using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Announcements;

/// <summary>
/// An announcement to the subscribers of one topic, in one library or (provincial admin) all; now or at a time, with a
/// photo uploaded or not. With an id: the same form for a broadcast that has not started yet, to change it.
/// </summary>
public class ComposeModel(AppDbContext db, StaffScope scope, BroadcastService broadcasts, AuditLog audit) : PageModel
{
    [BindProperty]
    public IFormFile? Photo { get; set; }

    /// <summary>The broadcast being changed; null for a new one.</summary>
    public int? BroadcastId { get; private set; }

    public bool HasPhoto { get; private set; }

    [BindProperty]
    public ComposeInput Input { get; set; } = new();

    public IReadOnlyList<StaffScope.LibraryOption> Libraries { get; private set; } = [];

    public int? RecipientCount { get; private set; }

    public bool MayChooseAll => scope.IsProvincialAdmin;

    public sealed class ComposeInput
    {
        [StringLength(4096)]
        public string Text { get; set; } = "";

        public AnnouncementTopic Topic { get; set; }
        public int? LibraryId { get; set; }
        public MemberCategory? Category { get; set; }
        public string? SendDate { get; set; }
        public string? SendTime { get; set; }

        /// <summary>When changing a broadcast that has a photo and no new one is uploaded: true drops it.</summary>
        public bool RemovePhoto { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is { } broadcastId)
        {
            if (await FindChangeableAsync(broadcastId, cancellationToken) is not { } broadcast)
            {
                return NotFound();
            }

            Input = new ComposeInput
            {
                Text = broadcast.Text, Topic = broadcast.Topic, LibraryId = broadcast.LibraryId, Category = broadcast.Category,
                SendDate = JalaliDate.FormatShortDate(broadcast.ScheduledAt), SendTime = PanelDates.FormatTimeField(broadcast.ScheduledAt),
            };
        }

        await PrepareAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCountAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is { } broadcastId && await FindChangeableAsync(broadcastId, cancellationToken) is null)
        {
            return NotFound();
        }

        if (await ReadAudienceAsync(cancellationToken) is { } audience)
        {
            RecipientCount = await broadcasts.AudienceCountAsync(audience, cancellationToken);
        }

        await PrepareAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(int? id, CancellationToken cancellationToken)
    {
        if (Input.LibraryId is { } libraryId && !await scope.CanManageLibraryAsync(libraryId, cancellationToken))
        {
            return Forbid();
        }

        if (id is { } broadcastId && await FindChangeableAsync(broadcastId, cancellationToken) is null)
        {
            return NotFound();
        }

        var photo = await ReadPhotoAsync(cancellationToken);

        var audience = await ReadAudienceAsync(cancellationToken);
        DateTime? sendAt = null;
        if (!string.IsNullOrWhiteSpace(Input.SendDate) || !string.IsNullOrWhiteSpace(Input.SendTime))
        {
            if (PanelDates.TryInstant(Input.SendDate, Input.SendTime, out var at))
            {
                sendAt = at;
            }
            else
            {
                ModelState.AddModelError("Input.SendDate", AnnouncementsPanelTexts.TimeInvalid);
            }
        }

        if (audience is null || !ModelState.IsValid)
        {
            await PrepareAsync(cancellationToken);
            return Page();
        }

        var details = $"library:{audience.LibraryId?.ToString(global::System.Globalization.CultureInfo.InvariantCulture) ?? "all"} category:{audience.Category?.ToString() ?? "any"}"
            + $" photo:{(photo is not null ? "new" : id is not null && !Input.RemovePhoto ? "kept" : "none")}";
        var draft = new BroadcastDraft(Input.Text, audience, scope.UserName, sendAt, photo);
        var created = id is { } changed
            ? await audit.RecordAsync(scope.UserName, new AuditNote("broadcast-changed", $"Broadcast {changed}", details),
                () => broadcasts.EditAsync(changed, draft, keepPhoto: !Input.RemovePhoto, cancellationToken), c => c.Created, cancellationToken)
            : await audit.RecordAsync(scope.UserName, new AuditNote("broadcast-created", AnnouncementTopicNames.Of(audience.Topic), details),
                () => Task.FromResult(broadcasts.Create(draft)), c => c.Created, cancellationToken);
        if (!created.Created)
        {
            ModelState.AddModelError(string.Empty, created.Error!);
            await PrepareAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = id is null ? AnnouncementsPanelTexts.Created : AnnouncementsPanelTexts.Changed;
        return RedirectToPage("/Announcements/Index");
    }

    /// <summary>The uploaded photo's bytes, read whole up to the limit; the service checks what they are.</summary>
    private async Task<byte[]?> ReadPhotoAsync(CancellationToken cancellationToken)
    {
        if (Photo is not { Length: > 0 } file)
        {
            return null;
        }

        if (file.Length > MaxPhotoBytes)
        {
            ModelState.AddModelError(nameof(Photo), BroadcastNotices.PhotoTooLarge);
            return null;
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private const int MaxPhotoBytes = 5 * 1024 * 1024;

    /// <summary>A broadcast in this person's scope that has not started; null otherwise.</summary>
    private async Task<Broadcast?> FindChangeableAsync(int id, CancellationToken cancellationToken)
    {
        var broadcast = await db.Broadcasts.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && b.Status == BroadcastStatus.Scheduled, cancellationToken);
        if (broadcast is null || !(broadcast.LibraryId is { } library ? await scope.CanManageLibraryAsync(library, cancellationToken) : scope.IsProvincialAdmin))
        {
            return null;
        }

        (BroadcastId, HasPhoto) = (id, broadcast.Photo is not null);
        return broadcast;
    }

    private async Task<BroadcastAudience?> ReadAudienceAsync(CancellationToken cancellationToken)
    {
        if (!AnnouncementTopics.IsSingle(Input.Topic))
        {
            ModelState.AddModelError("Input.Topic", AnnouncementsPanelTexts.TopicRequired);
        }

        // Only the provincial admin writes to every library; anyone else names one of theirs.
        if (Input.LibraryId is null ? !scope.IsProvincialAdmin : !await scope.CanManageLibraryAsync(Input.LibraryId.Value, cancellationToken))
        {
            ModelState.AddModelError("Input.LibraryId", AnnouncementsPanelTexts.LibraryRequired);
        }

        return ModelState.IsValid ? new BroadcastAudience(Input.Topic, Input.LibraryId, Input.Category) : null;
    }

    private async Task PrepareAsync(CancellationToken cancellationToken) =>
        Libraries = await scope.LibraryOptionsAsync(activeOnly: true, cancellationToken);
}
