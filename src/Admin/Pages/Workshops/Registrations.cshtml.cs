using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Admin.Hosting;
using RahZendegi.Admin.Pages.Membership;
using RahZendegi.Admin.Pages.Payments;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Pricing;
using RahZendegi.Domain.Staff;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Admin.Pages.Workshops;

/// <summary>
/// Who holds the seats and who waits; and staff register a person who cannot use the bot, through the bot's own
/// sign-up (seats, waiting list, price).
/// </summary>
public class RegistrationsModel(AppDbContext db, StaffScope scope, MembershipService membership, WorkshopService workshops, AuditLog audit,
    DiscountCodes discountCodes, TimeProvider time)
    : PageModel
{
    public string Title { get; private set; } = "";
    public int Capacity { get; private set; }
    public string Library { get; private set; } = "";
    public string? Address { get; private set; }
    public DateTime StartsAt { get; private set; }
    public bool OpenForSignUp { get; private set; }

    /// <summary>Attendance is marked once the workshop has begun.</summary>
    public bool Started { get; private set; }

    /// <summary>Seats and places may be cancelled until the workshop is over, unless the whole workshop was.</summary>
    public bool Cancellable { get; private set; }
    public bool Cancelled { get; private set; }
    public IReadOnlyList<RegistrationRow> Seated { get; private set; } = [];
    public IReadOnlyList<RegistrationRow> Waiting { get; private set; } = [];

    /// <summary>Each seat's payment, by registration.</summary>
    public IReadOnlyDictionary<int, PaymentCell> Payments { get; private set; } = new Dictionary<int, PaymentCell>();

    /// <summary>The national ID typed in «ثبت‌نام یک نفر».</summary>
    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    /// <summary>A discount code the person brought, typed with the national ID; empty for none.</summary>
    [BindProperty(SupportsGet = true)]
    public string? DiscountCode { get; set; }

    public string? CodeHint { get; private set; }

    public DeskPerson? Found { get; private set; }
    public string? UnknownNationalId { get; private set; }
    public PriceQuote? Quote { get; private set; }

    /// <summary>The registration just made, shown as a slip to read out or print.</summary>
    public RegistrationRow? Just { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    /// <summary><see cref="Phone"/> only for a person without the bot: the library calls them about an offered seat.</summary>
    public sealed record RegistrationRow(int Id, int? Seat, RegistrationStatus Status, string? MemberName, DateTime CreatedAt, long ToPayRials,
        bool AtDesk, bool HasBot, string? Phone, DateTime? OfferExpiresAt);

    public async Task<IActionResult> OnGetAsync(int id, int? registered, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        (Found, var error, UnknownNationalId) = await DeskPerson.FindAsync(membership, Person, cancellationToken);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Person), error);
        }

        if (Found is not null)
        {
            Quote = await workshops.QuoteForMemberAsync(Found.MemberId, id, cancellationToken, Code);
            if (Code is not null)
            {
                var (check, code) = await discountCodes.CheckAsync(Code, ServiceKind.Workshop, time.GetUtcNow().UtcDateTime, cancellationToken);
                CodeHint = check == DiscountCodeCheck.Valid && Quote?.Source != DiscountSource.Code ? PricingTexts.CodeNotNeeded : PricingTexts.CodeHint(check, code);
            }
        }

        Just = registered is { } r ? Seated.Concat(Waiting).FirstOrDefault(x => x.Id == r) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostRegisterAsync(int id, CancellationToken cancellationToken)
    {
        var libraryId = await db.Workshops.AsNoTracking().Where(w => w.Id == id).Select(w => (int?)w.LibraryId).SingleOrDefaultAsync(cancellationToken);
        if (libraryId is null || !await scope.CanManageLibraryAsync(libraryId.Value, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var (found, _, _) = await DeskPerson.FindAsync(membership, Person, cancellationToken);
        if (found is null)
        {
            Notice = WorkshopsPanelTexts.PersonRequired;
            return RedirectToPage(new { id });
        }

        // A place that existed already is still worth a line: the attempt is recorded, though nothing changed.
        var result = await audit.RecordAsync(scope.UserName, new AuditNote("workshop.register-person", $"Workshop {id}", $"member:{found.MembershipNumber}"),
            () => workshops.SignUpForMemberAsync(found.MemberId, id, scope.UserName, cancellationToken, Code),
            r => r.Outcome is not (SignUpOutcome.Closed or SignUpOutcome.NotFound or SignUpOutcome.CodeUsedUp), cancellationToken);

        Notice = WorkshopsPanelTexts.Registered(result) + (found.HasBot && result.Outcome is SignUpOutcome.Confirmed or SignUpOutcome.Waiting
            ? " " + WorkshopsPanelTexts.NoticeSent : "");
        return RedirectToPage(new { id, registered = result.Registration?.Id });
    }

    /// <summary>A seat offered to a waiter without the bot: the operator called them and they will come.</summary>
    public async Task<IActionResult> OnPostConfirmOfferAsync(int id, int registrationId, CancellationToken cancellationToken)
    {
        var offer = await db.WorkshopRegistrations.AsNoTracking()
            .Where(r => r.Id == registrationId && r.WorkshopId == id && r.ChatId == null && r.MemberId != null)
            .Select(r => new { r.Workshop!.LibraryId, MemberId = r.MemberId!.Value }).SingleOrDefaultAsync(cancellationToken);
        if (offer is null || !await scope.CanManageLibraryAsync(offer.LibraryId, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var result = await audit.RecordAsync(scope.UserName, new AuditNote("workshop.confirm-offer", $"Workshop {id}", $"registration:{registrationId}"),
            () => workshops.ConfirmOfferForMemberAsync(registrationId, offer.MemberId, cancellationToken),
            r => r.Outcome == ConfirmOfferOutcome.Confirmed, cancellationToken);

        Notice = result.Outcome == ConfirmOfferOutcome.Confirmed ? WorkshopsPanelTexts.OfferConfirmed : WorkshopsPanelTexts.OfferGone;
        return RedirectToPage(new { id, registered = result.Outcome == ConfirmOfferOutcome.Confirmed ? registrationId : (int?)null });
    }

    public async Task<IActionResult> OnPostAttendanceAsync(int id, int registrationId, bool attended, CancellationToken cancellationToken)
    {
        var libraryId = await db.WorkshopRegistrations.AsNoTracking().Where(r => r.Id == registrationId && r.WorkshopId == id)
            .Select(r => (int?)r.Workshop!.LibraryId).SingleOrDefaultAsync(cancellationToken);
        if (libraryId is null || !await scope.CanManageLibraryAsync(libraryId.Value, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var marked = await audit.RecordAsync(scope.UserName,
            new AuditNote(attended ? "workshop.attended" : "workshop.no-show", $"Workshop {id}", $"registration:{registrationId}"),
            () => workshops.MarkAttendanceAsync(registrationId, attended, cancellationToken), done => done, cancellationToken);
        Notice = marked ? WorkshopsPanelTexts.AttendanceMarked(attended) : WorkshopsPanelTexts.AttendanceNotYet;
        return RedirectToPage(new { id });
    }

    private string? Code => string.IsNullOrWhiteSpace(DiscountCode) ? null : DiscountCode;

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var libraries = await scope.LibraryIdsAsync(cancellationToken);
        var workshop = await db.Workshops.AsNoTracking().Include(w => w.Library).SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (workshop is null || (libraries is not null && !libraries.Contains(workshop.LibraryId)))
        {
            return false;
        }

        (Title, Capacity, Library, Address, StartsAt) = (workshop.Title, workshop.Capacity, workshop.Library!.Name, workshop.Library.Address, workshop.StartsAt);
        OpenForSignUp = workshop.IsOpenForSignUp(time.GetUtcNow().UtcDateTime);
        Started = workshop.StartsAt <= time.GetUtcNow().UtcDateTime;
        Cancelled = workshop.Status == WorkshopStatus.Cancelled;
        Cancellable = !Cancelled && workshop.EndsAt > time.GetUtcNow().UtcDateTime;
        var registrations = db.WorkshopRegistrations.AsNoTracking().Where(r => r.WorkshopId == id);
        Seated = await Rows(registrations.Where(r => r.Seat != null).OrderBy(r => r.Seat)).ToListAsync(cancellationToken);

        // Arrival order is the Id's order.
        Waiting = await Rows(registrations.Where(r => r.Status == RegistrationStatus.Waiting).OrderBy(r => r.Id)).ToListAsync(cancellationToken);
        Payments = await PaymentCell.ForSeatsAsync(db, Seated.Select(r => r.Id), cancellationToken);
        return true;
    }

    // A registration made in the bot names its messenger user, who is known by name only if they are also a member.
    private IQueryable<RegistrationRow> Rows(IQueryable<WorkshopRegistration> registrations) =>
        registrations.Select(r => new RegistrationRow(r.Id, r.Seat, r.Status,
            db.Members.Where(m => m.Id == r.MemberId || (r.MemberId == null && ((m.BotName != null && m.BotName == r.BotName && m.UserId == r.UserId)
                    || db.MemberAccounts.Any(a => a.MemberId == m.Id && a.BotName == r.BotName && a.UserId == r.UserId))))
                .Select(m => m.FullName).FirstOrDefault(),
            r.CreatedAt, r.ToPayRials, r.RegisteredBy != null, r.ChatId != null,
            r.ChatId == null ? db.Members.Where(m => m.Id == r.MemberId).Select(m => m.Phone).FirstOrDefault() : null,
            r.OfferExpiresAt));
}
