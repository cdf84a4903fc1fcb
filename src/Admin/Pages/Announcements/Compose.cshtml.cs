using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Announcements;

/// <summary>An announcement to the subscribers of one topic, in one library or (provincial admin) all; now or at a time.</summary>
public class ComposeModel(StaffScope scope, BroadcastService broadcasts, AuditLog audit) : PageModel
{
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
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await PrepareAsync(cancellationToken);

    public async Task<IActionResult> OnPostCountAsync(CancellationToken cancellationToken)
    {
        if (await ReadAudienceAsync(cancellationToken) is { } audience)
        {
            RecipientCount = await broadcasts.AudienceCountAsync(audience, cancellationToken);
        }

        await PrepareAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        if (Input.LibraryId is { } libraryId && !await scope.CanManageLibraryAsync(libraryId, cancellationToken))
        {
            return Forbid();
        }

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

        var note = new AuditNote("broadcast-created", AnnouncementTopicNames.Of(audience.Topic),
            $"library:{audience.LibraryId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "all"} category:{audience.Category?.ToString() ?? "any"}");
        var created = await audit.RecordAsync(scope.UserName, note,
            () => Task.FromResult(broadcasts.Create(new BroadcastDraft(Input.Text, audience, scope.UserName, sendAt))), c => c.Created, cancellationToken);
        if (!created.Created)
        {
            ModelState.AddModelError(string.Empty, created.Error!);
            await PrepareAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = AnnouncementsPanelTexts.Created;
        return RedirectToPage("/Announcements/Index");
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
