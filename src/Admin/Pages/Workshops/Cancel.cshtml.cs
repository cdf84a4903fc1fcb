using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Staff;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Admin.Pages.Workshops;

/// <summary>
/// Asks before cancelling a whole workshop (without <c>registrationId</c>) or one person's seat or waiting place, and
/// says what follows: who is told, what happens to their payments. Only the confirmation posts.
/// </summary>
public class CancelModel(AppDbContext db, StaffScope scope, WorkshopService workshops, AuditLog audit) : PageModel
{
    public string Title { get; private set; } = "";
    public DateTime StartsAt { get; private set; }

    /// <summary>For a whole workshop.</summary>
    public WorkshopCancellationImpact? Impact { get; private set; }

    /// <summary>For one registration.</summary>
    public SeatRow? Seat { get; private set; }

    public bool ReasonMissing { get; private set; }

    public sealed record SeatRow(int Id, int? SeatNumber, string? Name, bool HasBot, PaymentStatus? Payment, long PaidRials);

    public async Task<IActionResult> OnGetAsync(int id, int? registrationId, CancellationToken cancellationToken) =>
        await LoadAsync(id, registrationId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, int? registrationId, string? reason, CancellationToken cancellationToken)
    {
        var libraryId = await db.Workshops.AsNoTracking().Where(w => w.Id == id).Select(w => (int?)w.LibraryId).SingleOrDefaultAsync(cancellationToken);
        if (libraryId is null || !await scope.CanManageLibraryAsync(libraryId.Value, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var text = PersianText.Normalize(reason).Trim();
        if (text.Length == 0)
        {
            ReasonMissing = true;
            return await LoadAsync(id, registrationId, cancellationToken) ? Page() : NotFound();
        }

        WorkshopCancelOutcome outcome;
        if (registrationId is { } one)
        {
            if (!await db.WorkshopRegistrations.AsNoTracking().AnyAsync(r => r.Id == one && r.WorkshopId == id, cancellationToken))
            {
                return NotFound();
            }

            outcome = await audit.RecordAsync(scope.UserName, new AuditNote("workshop.cancel-seat", $"Workshop {id}", $"registration:{one}; {text}"),
                () => workshops.CancelSeatByStaffAsync(one, text, cancellationToken), o => o == WorkshopCancelOutcome.Cancelled, cancellationToken);
        }
        else
        {
            outcome = await audit.RecordAsync(scope.UserName, new AuditNote("workshop.cancel", $"Workshop {id}", text),
                () => workshops.CancelWorkshopAsync(id, text, cancellationToken), o => o == WorkshopCancelOutcome.Cancelled, cancellationToken);
        }

        TempData[nameof(RegistrationsModel.Notice)] = outcome != WorkshopCancelOutcome.Cancelled ? WorkshopsPanelTexts.NothingToCancel
            : registrationId is null ? WorkshopsPanelTexts.WorkshopCancelled : WorkshopsPanelTexts.SeatCancelled;
        return RedirectToPage("/Workshops/Registrations", new { id });
    }

    private async Task<bool> LoadAsync(int id, int? registrationId, CancellationToken cancellationToken)
    {
        var libraries = await scope.LibraryIdsAsync(cancellationToken);
        var workshop = await db.Workshops.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (workshop is null || (libraries is not null && !libraries.Contains(workshop.LibraryId)))
        {
            return false;
        }

        (Title, StartsAt) = (workshop.Title, workshop.StartsAt);
        if (registrationId is null)
        {
            Impact = await workshops.CancellationImpactAsync(id, cancellationToken);
            return Impact is not null;
        }

        Seat = await db.WorkshopRegistrations.AsNoTracking().Where(WorkshopRegistration.IsActive)
            .Where(r => r.Id == registrationId && r.WorkshopId == id)
            .Select(r => new SeatRow(r.Id, r.Seat,
                db.Members.Where(m => m.Id == r.MemberId || (r.MemberId == null && ((m.BotName != null && m.BotName == r.BotName && m.UserId == r.UserId)
                    || db.MemberAccounts.Any(a => a.MemberId == m.Id && a.BotName == r.BotName && a.UserId == r.UserId))))
                    .Select(m => m.FullName).FirstOrDefault(),
                r.ChatId != null,
                db.Payments.Where(p => p.WorkshopRegistrationId == r.Id).Select(p => (PaymentStatus?)p.Status).FirstOrDefault(),
                db.Payments.Where(p => p.WorkshopRegistrationId == r.Id).Select(p => p.DueRials).FirstOrDefault()))
            .SingleOrDefaultAsync(cancellationToken);
        return Seat is not null;
    }
}
