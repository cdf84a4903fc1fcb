using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RahZendegi.Admin.Hosting;
using RahZendegi.Admin.Pages.Membership;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Pricing;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Pages.Counseling.Bookings;

/// <summary>
/// Staff book a session for a person who cannot use the bot: library → topic → counsellor → a free slot from the
/// bot's own schedule → the person by national ID → the engine's price → confirm. Every step is a plain GET, so the
/// page works without script; only the confirmation posts, and it checks scope and the slot again on the server.
/// </summary>
public class NewModel(
    StaffScope scope,
    CounselingSchedule schedule,
    BookingService bookings,
    MembershipService membership,
    DiscountCodes discountCodes,
    AuditLog audit,
    TimeProvider time) : PageModel
{
    /// <summary>Free slots shown at once: two weeks of a busy counsellor fit.</summary>
    private const int SlotsShown = 120;

    [BindProperty(SupportsGet = true)]
    public BookInput Input { get; set; } = new();

    public sealed class BookInput
    {
        public int? LibraryId { get; set; }
        public CounselingTopic? Topic { get; set; }
        public int? CounselorId { get; set; }

        /// <summary>«counsellor-ticks» of a free slot.</summary>
        public string? Slot { get; set; }

        public string? DiscountCode { get; set; }
    }

    /// <summary>The person's national ID as typed; named as on the workshop page, for «ثبت عضو حضوری» to send them back.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    public sealed record Option(int Id, string Name);

    public sealed record SlotOption(string Value, Slot Slot, string Counselor);

    public IReadOnlyList<StaffScope.LibraryOption> Libraries { get; private set; } = [];
    public IReadOnlyList<Option> Counselors { get; private set; } = [];
    public IReadOnlyList<IGrouping<DateOnly, SlotOption>> Days { get; private set; } = [];
    public SlotOption? Chosen { get; private set; }
    public DeskPerson? Found { get; private set; }

    /// <summary>A valid national ID with no member yet: the page offers to register them.</summary>
    public string? UnknownNationalId { get; private set; }

    public PriceQuote? Quote { get; private set; }
    public string? CodeHint { get; private set; }
    public string? LibraryName { get; private set; }

    public bool CanConfirm => Chosen is not null && Found is not null && Quote is not null;

    /// <summary>This page with every choice made so far except the person, for «ثبت عضو حضوری» to come back to.</summary>
    public string ReturnUrl => Request.Path + QueryString.Create(Request.Query.Where(q => q.Key != nameof(Person)));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Input.LibraryId is { } libraryId && !await scope.CanManageLibraryAsync(libraryId, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.LibraryId is not { } libraryId || Input.Topic is not { } topic)
        {
            return BadRequest();
        }

        if (!await scope.CanManageLibraryAsync(libraryId, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await LoadAsync(cancellationToken);
        if (Chosen is null)
        {
            ModelState.AddModelError("", CounselingPageTexts.SlotGone);
            return Page();
        }

        if (Found is not { } person)
        {
            ModelState.AddModelError("", CounselingPageTexts.PersonRequired);
            return Page();
        }

        // The booking's commit writes the entry; once the booking has a tracking code, the entry is named by it.
        var note = new AuditNote("booking.book-for-person", $"member:{person.MembershipNumber}", $"{Chosen.Counselor} {Chosen.Slot.StartsAt:u}");
        var result = await audit.RecordAsync(scope.UserName, note,
            () => bookings.BookForMemberAsync(person.MemberId, Chosen.Slot, topic, Code, scope.UserName, cancellationToken),
            r => r.Booking is { } made ? note with { Subject = $"Booking {made.TrackingCode}" } : null, cancellationToken);
        if (result.Booking is not { } booking)
        {
            ModelState.AddModelError("", CounselingPageTexts.BookingRefused(result.Error));
            await LoadAsync(cancellationToken);
            return Page();
        }

        return RedirectToPage("/Counseling/Bookings/Confirmation", new { id = booking.Id });
    }

    private string? Code => string.IsNullOrWhiteSpace(Input.DiscountCode) ? null : Input.DiscountCode;

    public static string SlotValue(Slot slot) =>
        $"{slot.CounselorId.ToString(CultureInfo.InvariantCulture)}-{slot.StartsAt.Ticks.ToString(CultureInfo.InvariantCulture)}";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Libraries = await scope.LibraryOptionsAsync(activeOnly: true, cancellationToken);
        if (Input.LibraryId is null && Libraries.Count == 1)
        {
            Input.LibraryId = Libraries[0].Id;
        }

        LibraryName = Libraries.FirstOrDefault(l => l.Id == Input.LibraryId)?.Name;
        (Found, var error, UnknownNationalId) = await DeskPerson.FindAsync(membership, Person, cancellationToken);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Person), error);
        }

        if (Input.LibraryId is not { } libraryId || Input.Topic is not { } topic)
        {
            return;
        }

        // The bot's own schedule: the weekly plan less leave, closures, holidays, bookings and the minimum notice.
        var counselors = await schedule.CounselorsAtAsync(libraryId, topic, cancellationToken);
        Counselors = [.. counselors.Select(c => new Option(c.Id, c.FullName))];
        var names = counselors.ToDictionary(c => c.Id, c => c.FullName);
        var ids = Input.CounselorId is { } one && names.ContainsKey(one) ? [one] : names.Keys.ToList();
        var slots = (await schedule.FreeSlotsAsync(libraryId, ids, cancellationToken))
            .Select(s => new SlotOption(SlotValue(s), s, names[s.CounselorId])).ToList();
        Chosen = slots.FirstOrDefault(s => s.Value == Input.Slot);
        Days = [.. slots.Take(SlotsShown).GroupBy(s => DateOnly.FromDateTime(JalaliDate.ToTehran(s.Slot.StartsAt)))];
        if (Chosen is null || Found is null)
        {
            return;
        }

        Quote = await bookings.QuoteForMemberAsync(Found.MemberId, Chosen.Slot.CounselorId, Code, cancellationToken);
        if (Code is not null)
        {
            var (check, code) = await discountCodes.CheckAsync(Code, ServiceKind.Counseling, time.GetUtcNow().UtcDateTime, cancellationToken);
            CodeHint = check == DiscountCodeCheck.Valid && Quote.Source != DiscountSource.Code
                ? PricingTexts.CodeNotNeeded
                : PricingTexts.CodeHint(check, code);
        }
    }
}
