using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Pricing;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Domain.Payments;

/// <summary>
/// Opens, moves, settles and closes the one payment of each membership, booking and workshop seat, and records every
/// change of state as a <see cref="PaymentEvent"/>. It tracks changes only: the caller commits them
/// (docs/decisions/0009), so a payment opens in the same unit of work as the thing it is for.
/// </summary>
public sealed partial class PaymentLedger(AppDbContext db, TimeProvider time)
{
    /// <summary><see cref="PaymentEvent.By"/> for a change the person made in the bot.</summary>
    public const string ByBot = "bot";

    /// <summary><see cref="PaymentEvent.By"/> for a change that followed staff's decision on a claimed category.</summary>
    public const string ByVerification = "verification";

    /// <summary><see cref="PaymentEvent.By"/> for a change that followed a staff action recorded in the audit log.</summary>
    public const string ByStaff = "staff";

    public Payment OpenForMembership(Member member, PriceQuote quote) =>
        Open(new Payment { For = PaymentFor.Membership, Member = member, LibraryId = member.LibraryId, ServiceAt = member.CreatedAt,
            BotName = member.BotName, ChatId = member.ChatId }, quote.BaseRials, quote.ToPayRials, quote.PricedAs);

    public Payment OpenForBooking(Booking booking, MemberCategory pricedAs) =>
        Open(new Payment { For = PaymentFor.Booking, Booking = booking, LibraryId = booking.LibraryId, ServiceAt = booking.StartsAt,
            BotName = booking.BotName, ChatId = booking.ChatId }, booking.BaseRials, booking.ToPayRials, pricedAs);

    public Payment OpenForSeat(WorkshopRegistration registration, Workshop workshop, MemberCategory pricedAs) =>
        Open(new Payment { For = PaymentFor.WorkshopSeat, WorkshopRegistration = registration, LibraryId = workshop.LibraryId,
            ServiceAt = workshop.StartsAt, BotName = registration.BotName, ChatId = registration.ChatId },
            registration.BaseRials, registration.ToPayRials, pricedAs);

    public Task<Payment?> ForBookingAsync(int bookingId, CancellationToken cancellationToken) =>
        Tracked(p => p.BookingId == bookingId, cancellationToken);

    public Task<Payment?> ForSeatAsync(int registrationId, CancellationToken cancellationToken) =>
        Tracked(p => p.WorkshopRegistrationId == registrationId, cancellationToken);

    public Task<Payment?> ForMembershipAsync(int memberId, CancellationToken cancellationToken) =>
        Tracked(p => p.For == PaymentFor.Membership && p.MemberId == memberId, cancellationToken);

    public Task<Payment?> FindAsync(int paymentId, CancellationToken cancellationToken) =>
        Tracked(p => p.Id == paymentId, cancellationToken);

    /// <summary>A payment opened for a slot or seat that someone else won: it is taken out of the unit of work.</summary>
    public void Forget(Payment payment)
    {
        foreach (var change in payment.Events.ToList())
        {
            db.Detach(change);
        }

        db.Detach(payment);
    }

    /// <summary>A moved booking keeps its payment, paid or not: the payment follows it to the new slot.</summary>
    public async Task<Payment?> MoveAsync(Booking from, Booking to, CancellationToken cancellationToken)
    {
        if (await ForBookingAsync(from.Id, cancellationToken) is { } payment)
        {
            (payment.Booking, payment.LibraryId, payment.ServiceAt) = (to, to.LibraryId, to.StartsAt);
            return payment;
        }

        return null;
    }

    /// <summary>A cancelled booking: what was due is no longer, and what was paid is owed back at the desk.</summary>
    public async Task CloseForBookingAsync(int bookingId, string by, CancellationToken cancellationToken)
    {
        if (await ForBookingAsync(bookingId, cancellationToken) is { } payment)
        {
            Close(payment, by);
        }
    }

    /// <summary>A cancelled workshop seat: as <see cref="CloseForBookingAsync"/>.</summary>
    public async Task CloseForSeatAsync(int registrationId, string by, CancellationToken cancellationToken)
    {
        if (await ForSeatAsync(registrationId, cancellationToken) is { } payment)
        {
            Close(payment, by);
        }
    }

    /// <summary>
    /// A claimed category was verified after the membership was priced at the public fee: the fee still due is
    /// priced again for the category (for a committee client: nothing, the committee pays it).
    /// </summary>
    /// <returns>The membership's payment when the category lowered what was still due; null when nothing changed.</returns>
    public async Task<Payment?> RepriceMembershipAsync(Member member, CancellationToken cancellationToken)
    {
        if (await ForMembershipAsync(member.Id, cancellationToken) is not { Status: PaymentStatus.Due } payment)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var rules = await db.DiscountRules.AsNoTracking().Where(r => r.ServiceKind == ServiceKind.Membership).ToListAsync(cancellationToken);
        var quote = PricingEngine.Quote(new PriceRequest(ServiceKind.Membership, payment.ListRials, member.EffectiveCategory), rules, null, now);
        if (quote.ToPayRials >= payment.DueRials)
        {
            return null;
        }

        (payment.DueRials, payment.Category) = (quote.ToPayRials, member.EffectiveCategory);
        member.FeeToPayRials = quote.ToPayRials;
        if (payment.DueRials == 0)
        {
            Waive(payment, ByVerification, now);
        }
        else
        {
            Record(payment, ByVerification, now, "priced again for the verified category");
        }

        return payment;
    }

    /// <summary>Staff take the amount due at the desk, in cash or on the card reader; the payment gets its receipt number.</summary>
    /// <param name="libraries">The libraries the staff member works for; null for all.</param>
    /// <remarks>Commits: the payment is contested (two desks, or a desk and the chat, at once); the loser hears it is paid.</remarks>
    public async Task<DeskPaymentResult> RecordAtDeskAsync(int paymentId, PaymentMethod method, string staffUserName, IReadOnlyCollection<int>? libraries,
        CancellationToken cancellationToken)
    {
        if (method is not (PaymentMethod.DeskCash or PaymentMethod.DeskCard))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Only cash or the card reader are taken at the desk.");
        }

        var payment = await FindAsync(paymentId, cancellationToken);
        if (payment is null || libraries is not null && !libraries.Contains(payment.LibraryId))
        {
            return new(DeskPaymentOutcome.NotFound, null);
        }

        var outcome = payment.Status switch
        {
            PaymentStatus.Due when payment.DueRials > 0 => DeskPaymentOutcome.Recorded,
            PaymentStatus.Due or PaymentStatus.Waived => DeskPaymentOutcome.NothingToPay,
            PaymentStatus.Paid => DeskPaymentOutcome.AlreadyPaid,
            _ => DeskPaymentOutcome.Closed,
        };
        if (outcome != DeskPaymentOutcome.Recorded)
        {
            return new(outcome, payment);
        }

        MarkPaid(payment, method, staffUserName, time.GetUtcNow().UtcDateTime, null);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new(outcome, payment);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else settled it between our read and our commit.
            Forget(payment);
            payment = await db.Payments.SingleAsync(p => p.Id == paymentId, cancellationToken);
            return new(payment.Status == PaymentStatus.Paid ? DeskPaymentOutcome.AlreadyPaid : DeskPaymentOutcome.Closed, payment);
        }
    }

    /// <summary>Staff give back at the desk what a refunded payment had been paid; the refund is no longer owed.</summary>
    /// <param name="libraries">The libraries the staff member works for; null for all.</param>
    /// <remarks>Commits: the refund is contested (two desks at once); the loser hears it was already handed back.</remarks>
    public async Task<RefundHandBackOutcome> HandBackRefundAsync(int paymentId, string staffUserName, IReadOnlyCollection<int>? libraries,
        CancellationToken cancellationToken)
    {
        var payment = await FindAsync(paymentId, cancellationToken);
        if (payment is null || libraries is not null && !libraries.Contains(payment.LibraryId))
        {
            return RefundHandBackOutcome.NotFound;
        }

        if (payment.Status != PaymentStatus.Refunded)
        {
            return RefundHandBackOutcome.NotRefunded;
        }

        if (payment.RefundHandedBackAt is not null)
        {
            return RefundHandBackOutcome.AlreadyHandedBack;
        }

        var now = time.GetUtcNow().UtcDateTime;
        (payment.RefundHandedBackAt, payment.RefundHandedBackBy) = (now, staffUserName);
        Record(payment, staffUserName, now, "refund handed back at the desk");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return RefundHandBackOutcome.HandedBack;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another desk handed it back between our read and our commit.
            Forget(payment);
            return RefundHandBackOutcome.AlreadyHandedBack;
        }
    }

    /// <summary>
    /// Marks a due payment paid and gives it its receipt number: <c>yyyy-nnnnnn</c>, the Jalali year of payment and the
    /// payment's own number, so it is unique without a counter and readable on the phone.
    /// </summary>
    public void MarkPaid(Payment payment, PaymentMethod method, string by, DateTime now, string? note)
    {
        (payment.Status, payment.Method, payment.SettledAt, payment.SettledBy) = (PaymentStatus.Paid, method, now, by);
        payment.ReceiptNumber = $"{JalaliDate.FromUtc(now).Year}-{payment.Id:D6}";
        Record(payment, by, now, note);
    }

    /// <summary>A payment for something no longer given (paid after it was cancelled): it is owed back, and stays in the books.</summary>
    public void Refund(Payment payment, string by, DateTime now, string? note)
    {
        payment.Status = PaymentStatus.Refunded;
        Record(payment, by, now, note);
    }

    private Payment Open(Payment payment, long listRials, long dueRials, MemberCategory pricedAs)
    {
        var now = time.GetUtcNow().UtcDateTime;
        (payment.ListRials, payment.DueRials, payment.Category, payment.CreatedAt, payment.Status) = (listRials, dueRials, pricedAs, now, PaymentStatus.Due);
        db.Payments.Add(payment);
        if (dueRials == 0)
        {
            Waive(payment, ByBot, now);
        }
        else
        {
            Record(payment, ByBot, now, null);
        }

        return payment;
    }

    // Nothing to collect: the committee pays for its clients; anything else free is the library's own discount.
    private void Waive(Payment payment, string by, DateTime now)
    {
        payment.Status = PaymentStatus.Waived;
        payment.Method = payment.Category == MemberCategory.CommitteeClient && payment.ListRials > 0 ? PaymentMethod.Committee : null;
        (payment.SettledAt, payment.SettledBy) = (now, by);
        Record(payment, by, now, null);
    }

    private void Close(Payment payment, string by)
    {
        var now = time.GetUtcNow().UtcDateTime;
        switch (payment.Status)
        {
            case PaymentStatus.Paid:
                Refund(payment, by, now, null);
                break;
            case PaymentStatus.Due or PaymentStatus.Waived:
                payment.Status = PaymentStatus.Cancelled;
                Record(payment, by, now, null);
                break;
        }
    }

    private void Record(Payment payment, string by, DateTime now, string? note) =>
        payment.Events.Add(new PaymentEvent { At = now, Status = payment.Status, Method = payment.Method, DueRials = payment.DueRials, By = by, Note = note });

    private async Task<Payment?> Tracked(System.Linq.Expressions.Expression<Func<Payment, bool>> which, CancellationToken cancellationToken) =>
        // Interpreted: a compiled delegate would be a new dynamic method on every call, for the finalizer to collect.
        db.Payments.Local.FirstOrDefault(which.Compile(preferInterpretation: true)) ?? await db.Payments.SingleOrDefaultAsync(which, cancellationToken);
}
