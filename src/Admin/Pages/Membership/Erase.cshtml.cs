using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Privacy;
using RahZendegi.Domain.Staff;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Admin.Pages.Membership;

/// <summary>
/// A provincial admin erases a membership at the person's request, as the person can in «اطلاعات من»: the page says
/// what follows and asks first; the audit entry names the member's id, never the name that is erased.
/// </summary>
[Authorize(Policy = Policies.ProvincialAdmin)]
public class EraseModel(AppDbContext db, PersonalDataErasure erasure, AuditLog audit, StaffScope scope, TimeProvider time) : PageModel
{
    public string FullName { get; private set; } = "";

    public string MembershipNumber { get; private set; } = "";

    public int FutureSessions { get; private set; }

    public int FutureSeats { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (member is null)
        {
            return NotFound();
        }

        if (ErasedMember.IsErased(member))
        {
            Message = ErasurePanelTexts.AlreadyErased;
            return RedirectToPage("/Membership/Details", new { id });
        }

        var now = time.GetUtcNow().UtcDateTime;
        (FullName, MembershipNumber) = (member.FullName, member.MembershipNumber);
        FutureSessions = await db.Bookings.CountAsync(b => (b.MemberId == id || (member.BotName != null && b.BotName == member.BotName && b.UserId == member.UserId))
            && b.Status == BookingStatus.Confirmed && b.StartsAt > now, cancellationToken);
        FutureSeats = await db.WorkshopRegistrations.Where(WorkshopRegistration.IsActive)
            .CountAsync(r => (r.MemberId == id || (member.BotName != null && r.BotName == member.BotName && r.UserId == member.UserId))
                && r.Workshop!.EndsAt > now, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await db.Members.AnyAsync(m => m.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await audit.RecordAsync(scope.UserName, new AuditNote("member-erased", $"member:{id}"),
            () => erasure.EraseMemberAsync(id, cancellationToken), o => o == ErasureOutcome.Erased, cancellationToken);
        Message = outcome == ErasureOutcome.Erased ? ErasurePanelTexts.Erased : ErasurePanelTexts.AlreadyErased;
        return RedirectToPage("/Membership/Details", new { id });
    }
}
