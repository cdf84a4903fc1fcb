using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Pricing;

namespace RahZendegi.Domain.Counseling;

public sealed record BookingRequest(string BotName, long UserId, long ChatId, Slot Slot, CounselingTopic Topic, string? DiscountCode);

/// <summary>
/// Books, cancels and moves counselling sessions. Booking and moving commit at once: the slot is the contested
/// resource, and only the database's unique index can say who got it. Everything else is left to the caller's
/// commit (docs/decisions/0009).
/// </summary>
public sealed partial class BookingService(
    AppDbContext db,
    MembershipService membership,
    DiscountCodes discountCodes,
    PaymentLedger payments,
    Feedback.FeedbackService feedback,
    TimeProvider time,
    IOptions<CounselingOptions> options)
{
    private CounselingOptions Rules => options.Value;

    public async Task<PriceQuote> QuoteAsync(string botName, long userId, int counselorId, string? discountCode, CancellationToken cancellationToken) =>
        await QuoteAsync(await membership.FindAsync(botName, userId, cancellationToken), counselorId, discountCode, cancellationToken);

    private async Task<PriceQuote> QuoteAsync(Member? member, int counselorId, string? discountCode, CancellationToken cancellationToken)
    {
        var counselor = await db.Counselors.AsNoTracking().SingleAsync(c => c.Id == counselorId, cancellationToken);
        var rules = await db.DiscountRules.AsNoTracking().Where(r => r.ServiceKind == ServiceKind.Counseling).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var code = discountCode is null ? null : (await discountCodes.CheckAsync(discountCode, ServiceKind.Counseling, now, cancellationToken)).Code;
        var pending = member is { CategoryStatus: CategoryStatus.Pending } ? member.Category : (MemberCategory?)null;
        return PricingEngine.Quote(
            new PriceRequest(ServiceKind.Counseling, counselor.BasePrice, member?.EffectiveCategory ?? MemberCategory.Public, pending),
            rules, code, now);
    }

    /// <summary>Whether this person may book at all now; the reason when not.</summary>
    public Task<BookingError> CanBookAsync(string botName, long userId, CancellationToken cancellationToken) =>
        CanBookAsync(Person.Messenger(botName, userId, 0), cancellationToken);

    private async Task<BookingError> CanBookAsync(Person person, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (await CountedNoShowsAsync(person, cancellationToken) >= Rules.NoShowLimit)
        {
            return BookingError.NeedsApproval;
        }

        var future = await db.Bookings.Where(Owns(person)).CountAsync(b => b.Status == BookingStatus.Confirmed && b.StartsAt > now, cancellationToken);
        return future >= Rules.MaxFutureBookingsPerUser ? BookingError.TooManyBookings : BookingError.None;
    }

    /// <summary>The library of the person's latest missed session: whom they call when booking needs its approval.</summary>
    public Task<Library?> NoShowLibraryAsync(string botName, long userId, CancellationToken cancellationToken) =>
        db.Bookings.AsNoTracking().Where(OwnedBy(botName, userId)).Where(b => b.Status == BookingStatus.NoShow)
            .OrderByDescending(b => b.StartsAt).Select(b => b.Library).FirstOrDefaultAsync(cancellationToken);

    /// <remarks>Commits: the slot is contested.</remarks>
    public Task<BookingResult> BookAsync(BookingRequest request, CancellationToken cancellationToken) =>
        BookAsync(Person.Messenger(request.BotName, request.UserId, request.ChatId), request.Slot, request.Topic, request.DiscountCode, null, cancellationToken);

    private async Task<BookingResult> BookAsync(Person person, Slot slot, CounselingTopic topic, string? discountCode, string? staffUserName,
        CancellationToken cancellationToken)
    {
        if (await OwnBookingAtAsync(person, slot.CounselorId, slot.StartsAt, cancellationToken) is { } existing)
        {
            // The same confirmation again (a double tap, or a redelivery after a crash): the same booking.
            return new(existing, BookingError.None);
        }

        var refusal = await CanBookAsync(person, cancellationToken);
        if (refusal != BookingError.None)
        {
            return BookingResult.Failed(refusal);
        }

        if (await OverlapsOwnAsync(person, slot, null, cancellationToken))
        {
            return BookingResult.Failed(BookingError.Overlaps);
        }

        var quote = await QuoteAsync(await membership.FindAsync(person, cancellationToken), slot.CounselorId, discountCode, cancellationToken);
        if (quote.Source == DiscountSource.Code && !await discountCodes.TryRedeemAsync(quote.CodeId!.Value, cancellationToken))
        {
            return BookingResult.Failed(BookingError.DiscountCodeUsedUp);
        }

        var booking = NewBooking(person, slot, topic, quote);
        booking.BookedBy = staffUserName;
        db.Bookings.Add(booking);
        var payment = payments.OpenForBooking(booking, quote.PricedAs);
        var notice = staffUserName is not null && person.HasMessenger ? await BookedByStaffNoticeAsync(booking, cancellationToken) : null;
        var counselorNotices = await TellCounselorAsync(booking, cancelled: false, cancellationToken);
        if (await CommitSlotAsync(booking, cancellationToken))
        {
            return new(booking, BookingError.None);
        }

        payments.Forget(payment);
        db.Detach(notice);
        foreach (var message in counselorNotices)
        {
            db.Detach(message);
        }
        return BookingResult.Failed(BookingError.SlotTaken);
    }

    /// <summary>
    /// Moves a booking to a new slot: the new one is taken and the old one freed in one commit. Refused past the
    /// cancellation deadline, since a move frees the old slot as a cancellation does.
    /// </summary>
    /// <remarks>Commits: the slot is contested.</remarks>
    public async Task<BookingResult> RescheduleAsync(int bookingId, string botName, long userId, Slot slot, CancellationToken cancellationToken)
    {
        var old = await OwnFutureAsync(bookingId, botName, userId, cancellationToken);
        if (old is null)
        {
            return BookingResult.Failed(BookingError.SlotTaken);
        }

        if (!old.UserMayChange(time.GetUtcNow().UtcDateTime, Rules.CancellationDeadline))
        {
            return BookingResult.Failed(BookingError.TooLate);
        }

        if (await OverlapsOwnAsync(Person.Messenger(botName, userId, 0), slot, old.Id, cancellationToken))
        {
            return BookingResult.Failed(BookingError.Overlaps);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var moved = NewBooking(new Person(botName, userId, old.ChatId, old.MemberId), slot, old.Topic, null);
        (moved.BaseRials, moved.DiscountRials, moved.ToPayRials) = (old.BaseRials, old.DiscountRials, old.ToPayRials);
        old.Status = BookingStatus.Rescheduled;
        old.ClosedAt = now;
        db.Bookings.Add(moved);
        var payment = await payments.MoveAsync(old, moved, cancellationToken);
        if (await CommitSlotAsync(moved, cancellationToken))
        {
            return new(moved, BookingError.None);
        }

        db.Entry(old).State = EntityState.Unchanged;
        await db.Entry(old).ReloadAsync(cancellationToken);
        if (payment is not null)
        {
            await db.Entry(payment).ReloadAsync(cancellationToken);
        }
        return BookingResult.Failed(BookingError.SlotTaken);
    }

    /// <summary>The person takes a slot held for them after «خبرم کن», priced now as any booking.</summary>
    public async Task<BookingResult> TakeOfferAsync(int bookingId, string botName, long userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var held = await db.Bookings.Include(b => b.Counselor).Include(b => b.Library).Where(OwnedBy(botName, userId)).SingleOrDefaultAsync(b =>
            b.Id == bookingId && b.Status == BookingStatus.Held && b.HeldUntil > now, cancellationToken);
        if (held is null)
        {
            return BookingResult.Failed(BookingError.SlotTaken);
        }

        var refusal = await CanBookAsync(botName, userId, cancellationToken);
        if (refusal != BookingError.None)
        {
            return BookingResult.Failed(refusal);
        }

        var slot = new Slot(held.CounselorId, held.LibraryId, held.StartsAt, held.EndsAt);
        if (await OverlapsOwnAsync(Person.Messenger(botName, userId, 0), slot, held.Id, cancellationToken))
        {
            return BookingResult.Failed(BookingError.Overlaps);
        }

        var quote = await QuoteAsync(botName, userId, held.CounselorId, null, cancellationToken);
        (held.BaseRials, held.DiscountRials, held.ToPayRials) = (quote.BaseRials, quote.DiscountRials, quote.ToPayRials);
        (held.Status, held.HeldUntil, held.CreatedAt) = (BookingStatus.Confirmed, null, now);
        payments.OpenForBooking(held, quote.PricedAs);

        // The slot is already theirs (the hold took it): the wish is fulfilled in the same commit as the booking.
        foreach (var watch in await db.SlotWatches.Where(w => w.OfferedBookingId == held.Id).ToListAsync(cancellationToken))
        {
            watch.Status = WatchStatus.Fulfilled;
        }

        return new(held, BookingError.None);
    }

    public async Task<CancelOutcome> CancelByUserAsync(int bookingId, string botName, long userId, CancellationToken cancellationToken)
    {
        var booking = await OwnFutureAsync(bookingId, botName, userId, cancellationToken);
        if (booking is null)
        {
            return CancelOutcome.NotFound;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (!booking.UserMayChange(now, Rules.CancellationDeadline))
        {
            return CancelOutcome.TooLate;
        }

        booking.Status = BookingStatus.CancelledByUser;
        booking.ClosedAt = now;
        await payments.CloseForBookingAsync(booking.Id, PaymentLedger.ByBot, cancellationToken);
        await TellCounselorAsync(booking, cancelled: true, cancellationToken);
        return CancelOutcome.Cancelled;
    }

    /// <summary>
    /// Staff cancel a session (illness, closure), or the counsellor their day: the person is told why and invited to
    /// book again, and the counsellor told unless it was their own doing, in the caller's commit.
    /// </summary>
    public async Task<CancelOutcome> CancelByStaffAsync(int bookingId, string reason, CancellationToken cancellationToken, bool tellCounselor = true)
    {
        var booking = await db.Bookings.Include(b => b.Library).SingleOrDefaultAsync(b => b.Id == bookingId && b.Status == BookingStatus.Confirmed, cancellationToken);
        if (booking is null)
        {
            return CancelOutcome.NotFound;
        }

        var now = time.GetUtcNow().UtcDateTime;
        booking.Status = BookingStatus.CancelledByStaff;
        booking.CancelReason = reason.Trim();
        booking.ClosedAt = now;
        await payments.CloseForBookingAsync(booking.Id, PaymentLedger.ByStaff, cancellationToken);
        if (booking is { BotName: { } bot, ChatId: { } chat })
        {
            var rebook = new KeyboardButton(CounselingNotices.RebookButton, new CallbackData(BookingCallbacks.Feature, BookingCallbacks.Rebook, booking.Id).ToString());
            db.OutboxMessages.Add(OutboxMessage.Create(bot, chat,
                new OutgoingText(CounselingNotices.CancelledByStaff(booking, booking.CancelReason), Keyboard.Inline([rebook])), now, OutboxKind.Notice));
        }

        if (tellCounselor)
        {
            await TellCounselorAsync(booking, cancelled: true, cancellationToken);
        }

        return CancelOutcome.Cancelled;
    }

    /// <summary>
    /// Staff or the counsellor close a session as held or missed; a missed one counts in the no-show policy, and after a
    /// held one the client is asked for a rating once (<see cref="Feedback.FeedbackService"/>), in the caller's commit.
    /// </summary>
    public async Task<bool> MarkAsync(int bookingId, BookingStatus outcome, CancellationToken cancellationToken)
    {
        if (outcome is not (BookingStatus.Attended or BookingStatus.NoShow))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Only attended or no-show can be marked.");
        }

        var booking = await db.Bookings.Include(b => b.Library).SingleOrDefaultAsync(b => b.Id == bookingId && b.Status != BookingStatus.CancelledByUser
            && b.Status != BookingStatus.CancelledByStaff && b.Status != BookingStatus.Rescheduled, cancellationToken);
        if (booking is null)
        {
            return false;
        }

        booking.Status = outcome;
        booking.ClosedAt = time.GetUtcNow().UtcDateTime;
        if (outcome == BookingStatus.Attended)
        {
            await feedback.AskAboutSessionAsync(booking, cancellationToken);
        }

        return true;
    }

    public async Task<IReadOnlyList<Booking>> UpcomingAsync(string botName, long userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await db.Bookings.AsNoTracking().Include(b => b.Counselor).Include(b => b.Library)
            .Where(OwnedBy(botName, userId)).Where(b => b.Status == BookingStatus.Confirmed && b.StartsAt > now)
            .OrderBy(b => b.StartsAt).ToListAsync(cancellationToken);
    }

    /// <summary>Whether the person may still cancel or move this booking in the bot (<see cref="Booking.UserMayChange"/>).</summary>
    public bool UserMayChange(Booking booking) => booking.UserMayChange(time.GetUtcNow().UtcDateTime, Rules.CancellationDeadline);

    public Task<Booking?> FindOwnAsync(int bookingId, string botName, long userId, CancellationToken cancellationToken) =>
        OwnFutureAsync(bookingId, botName, userId, cancellationToken);

    /// <summary>Any booking of this person, past or cancelled too: for «انتخاب زمان دیگر» after staff cancelled it.</summary>
    public Task<Booking?> FindAnyOwnAsync(int bookingId, string botName, long userId, CancellationToken cancellationToken) =>
        db.Bookings.AsNoTracking().Where(OwnedBy(botName, userId)).SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);

    /// <summary>The person marks «می‌آیم» on a reminder.</summary>
    public async Task<bool> ConfirmComingAsync(int bookingId, string botName, long userId, CancellationToken cancellationToken)
    {
        var booking = await OwnFutureAsync(bookingId, botName, userId, cancellationToken);
        booking?.ComingConfirmedAt = time.GetUtcNow().UtcDateTime;
        return booking is not null;
    }

    private Task<Booking?> OwnFutureAsync(int bookingId, string botName, long userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.Bookings.Include(b => b.Counselor).Include(b => b.Library).Where(OwnedBy(botName, userId)).SingleOrDefaultAsync(b =>
            b.Id == bookingId && b.Status == BookingStatus.Confirmed && b.StartsAt > now, cancellationToken);
    }

    /// <summary>
    /// The person's bookings: made from this messenger account, from another account of the same member, or for the
    /// member at the desk; for a member without a messenger account, by membership and from any account they linked.
    /// </summary>
    private Expression<Func<Booking, bool>> Owns(Person person)
    {
        if (person is { BotName: { } bot, UserId: { } user })
        {
            return OwnedBy(bot, user);
        }

        var memberId = person.MemberId;
        var accounts = db.MemberAccounts.Where(a => a.MemberId == memberId);
        return b => b.MemberId == memberId || accounts.Any(a => a.BotName == b.BotName && a.UserId == b.UserId);
    }

    /// <inheritdoc cref="Owns(Person)"/>
    private Expression<Func<Booking, bool>> OwnedBy(string botName, long userId)
    {
        var member = MemberAccounts.MemberIdOf(db, botName, userId);
        var accounts = MemberAccounts.OfSamePerson(db, botName, userId);
        return b => (b.BotName == botName && b.UserId == userId)
            || (b.MemberId != null && member.Contains(b.MemberId.Value))
            || accounts.Any(a => a.BotName == b.BotName && a.UserId == b.UserId);
    }

    /// <summary>
    /// The person's own confirmed booking of this counsellor at this time, if there is one: a confirmation handled
    /// again after a crash finds its slot no longer free, because it holds it itself.
    /// </summary>
    public Task<Booking?> FindOwnAtAsync(string botName, long userId, int counselorId, DateTime startsAt, CancellationToken cancellationToken) =>
        OwnBookingAtAsync(Person.Messenger(botName, userId, 0), counselorId, startsAt, cancellationToken);

    private Task<Booking?> OwnBookingAtAsync(Person person, int counselorId, DateTime startsAt, CancellationToken cancellationToken) =>
        db.Bookings.Include(b => b.Counselor).Include(b => b.Library).Where(Owns(person)).SingleOrDefaultAsync(b =>
            b.CounselorId == counselorId && b.StartsAt == startsAt && b.Status == BookingStatus.Confirmed, cancellationToken);

    private Task<bool> OverlapsOwnAsync(Person person, Slot slot, int? except, CancellationToken cancellationToken) =>
        db.Bookings.Where(Owns(person)).AnyAsync(b => b.Status == BookingStatus.Confirmed
            && b.Id != except && b.StartsAt < slot.EndsAt && slot.StartsAt < b.EndsAt, cancellationToken);

    private Booking NewBooking(Person person, Slot slot, CounselingTopic topic, PriceQuote? quote) => new()
    {
        TrackingCode = Booking.NewTrackingCode(),
        BotName = person.BotName,
        UserId = person.UserId,
        ChatId = person.ChatId,
        MemberId = person.MemberId,
        CounselorId = slot.CounselorId,
        LibraryId = slot.LibraryId,
        Topic = topic,
        StartsAt = slot.StartsAt,
        EndsAt = slot.EndsAt,
        Status = BookingStatus.Confirmed,
        BaseRials = quote?.BaseRials ?? 0,
        DiscountRials = quote?.DiscountRials ?? 0,
        ToPayRials = quote?.ToPayRials ?? 0,
        CreatedAt = time.GetUtcNow().UtcDateTime,
    };

    /// <summary>
    /// Commits now, with whatever else the caller has tracked (a staff member's audit entry); false when the slot's
    /// unique index refused it because someone else took the slot first.
    /// </summary>
    private async Task<bool> CommitSlotAsync(Booking booking, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await db.Entry(booking).Reference(b => b.Counselor).LoadAsync(cancellationToken);
            await db.Entry(booking).Reference(b => b.Library).LoadAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (Constraints.IsViolation(e))
        {
            // The slot index (a clashing tracking code is as unlikely as it is harmless to refuse).
            db.Entry(booking).State = EntityState.Detached;
            foreach (var code in db.ChangeTracker.Entries<DiscountCode>().Where(e => e.State == EntityState.Modified).ToList())
            {
                // The code paid for nothing: its use is given back.
                await code.ReloadAsync(cancellationToken);
            }

            return false;
        }
    }
}
