using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Pricing;

namespace RahZendegi.Domain.Workshops;

/// <summary>
/// Lists workshops and signs people up, cancels and confirms offered seats. Those changes commit at once: a seat is
/// the contested resource, and only the database's unique index can say who got it (docs/decisions/0009).
/// </summary>
public sealed partial class WorkshopService(AppDbContext db, MembershipService membership, WaitingList waitingList, PaymentLedger payments,
    DiscountCodes discountCodes, Feedback.FeedbackService feedback, TimeProvider time)
{
    public async Task<IReadOnlyList<WorkshopListing>> UpcomingAsync(int? libraryId, WorkshopKind? kind, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var query = db.Workshops.AsNoTracking().Include(w => w.Library).Include(w => w.Sessions)
            .Where(w => w.Status == WorkshopStatus.Published && w.StartsAt > now);
        if (libraryId is { } library)
        {
            query = query.Where(w => w.LibraryId == library);
        }

        if (kind is { } k)
        {
            query = query.Where(w => w.Kind == k);
        }

        var workshops = await query.OrderBy(w => w.StartsAt).ThenBy(w => w.Id).ToListAsync(cancellationToken);
        var ids = workshops.Select(w => w.Id).ToList();
        var taken = await db.WorkshopRegistrations.Where(WorkshopRegistration.HoldsSeat).Where(r => ids.Contains(r.WorkshopId))
            .GroupBy(r => r.WorkshopId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. workshops.Select(w => Listing(w, taken.GetValueOrDefault(w.Id), now))];
    }

    public async Task<WorkshopListing?> DetailsAsync(int workshopId, CancellationToken cancellationToken)
    {
        var workshop = await db.Workshops.AsNoTracking().Include(w => w.Library).Include(w => w.Sessions)
            .SingleOrDefaultAsync(w => w.Id == workshopId, cancellationToken);
        if (workshop is null)
        {
            return null;
        }

        var taken = await db.WorkshopRegistrations.Where(WorkshopRegistration.HoldsSeat)
            .CountAsync(r => r.WorkshopId == workshopId, cancellationToken);
        return Listing(workshop, taken, time.GetUtcNow().UtcDateTime);
    }

    /// <summary>
    /// The price for this person: their verified category counts, a claimed one is only mentioned; a valid workshop
    /// code counts when it gives more than the category's rule.
    /// </summary>
    public async Task<PriceQuote?> QuoteAsync(string botName, long userId, int workshopId, CancellationToken cancellationToken, string? discountCode = null)
    {
        var workshop = await db.Workshops.AsNoTracking().SingleOrDefaultAsync(w => w.Id == workshopId, cancellationToken);
        return workshop is null ? null : await QuoteAsync(Person.Messenger(botName, userId, 0), workshop, discountCode, cancellationToken);
    }

    /// <remarks>Commits: the seat is contested.</remarks>
    public Task<SignUpResult> SignUpAsync(string botName, long userId, long chatId, int workshopId, CancellationToken cancellationToken,
        string? discountCode = null) =>
        SignUpAsync(Person.Messenger(botName, userId, chatId), workshopId, null, discountCode, cancellationToken);

    private async Task<SignUpResult> SignUpAsync(Person person, int workshopId, string? staffUserName, string? discountCode, CancellationToken cancellationToken)
    {
        var workshop = await db.Workshops.Include(w => w.Library).Include(w => w.Sessions)
            .SingleOrDefaultAsync(w => w.Id == workshopId, cancellationToken);
        if (workshop is null)
        {
            return new(SignUpOutcome.NotFound);
        }

        if (await ActiveAsync(person, workshopId, cancellationToken) is { } existing)
        {
            // The same tap again, or a second try: the place they already have.
            return await AlreadyRegisteredAsync(existing, cancellationToken);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (!workshop.IsOpenForSignUp(now))
        {
            return new(SignUpOutcome.Closed);
        }

        if (!workshop.IsOpenTo(await GroupAsync(person, cancellationToken)))
        {
            return new(SignUpOutcome.NotEligible);
        }

        var quote = await QuoteAsync(person, workshop, discountCode, cancellationToken);

        // A seat free while others wait is already on its way to the first of them: newcomers queue behind.
        var anyoneWaiting = await db.WorkshopRegistrations.AnyAsync(r => r.WorkshopId == workshopId && r.Status == RegistrationStatus.Waiting, cancellationToken);
        var free = anyoneWaiting ? [] : Enumerable.Range(1, workshop.Capacity).Except(await waitingList.TakenSeatsAsync(workshopId, cancellationToken));
        var redeemed = false;
        foreach (var seat in free)
        {
            // A code is used once, by the seat it pays for; a waiting place pays nothing yet, so it uses none.
            if (quote.Source == DiscountSource.Code && !redeemed)
            {
                if (!await discountCodes.TryRedeemAsync(quote.CodeId!.Value, cancellationToken))
                {
                    return new(SignUpOutcome.CodeUsedUp);
                }

                redeemed = true;
            }

            var confirmed = NewRegistration(person, staffUserName, workshop, quote, RegistrationStatus.Confirmed, seat, now);
            var payment = payments.OpenForSeat(confirmed, workshop, quote.PricedAs);
            var committed = await TryCommitAsync(confirmed, cancellationToken);
            if (committed == Commit.Done)
            {
                return new(SignUpOutcome.Confirmed, confirmed);
            }

            payments.Forget(payment);
            if (committed == Commit.Closed)
            {
                await GiveBackCodeUseAsync(cancellationToken);
                return new(SignUpOutcome.Closed);
            }

            if (await ActiveAsync(person, workshopId, cancellationToken) is { } concurrent)
            {
                await GiveBackCodeUseAsync(cancellationToken);
                return await AlreadyRegisteredAsync(concurrent, cancellationToken);
            }

            // Someone else took this seat between our look and our commit: try the next one.
        }

        if (redeemed)
        {
            await GiveBackCodeUseAsync(cancellationToken);
        }

        // The waiting place is priced without the code: the code was not used, and the seat, once offered, is priced again.
        var waiting = NewRegistration(person, staffUserName, workshop,
            quote.Source == DiscountSource.Code ? await QuoteAsync(person, workshop, null, cancellationToken) : quote, RegistrationStatus.Waiting, null, now);
        Commit joined;
        await using (var queue = await JoinQueueAsync(workshopId, cancellationToken))
        {
            joined = await TryCommitAsync(waiting, cancellationToken);
            if (queue is not null)
            {
                // A staff notice written here leaves at this commit, and its sender is woken then.
                await queue.CommitAsync(cancellationToken);
            }
        }

        if (joined == Commit.Done)
        {
            return new(SignUpOutcome.Waiting, waiting, await waitingList.PositionAsync(waiting, cancellationToken));
        }

        if (joined == Commit.Closed)
        {
            return new(SignUpOutcome.Closed);
        }

        // Only the one-per-person index refuses a waiter: the same person's other tap won.
        return await ActiveAsync(person, workshopId, cancellationToken) is { } other
            ? await AlreadyRegisteredAsync(other, cancellationToken)
            : await SignUpAsync(person, workshopId, staffUserName, discountCode, cancellationToken);
    }

    /// <summary>The person leaves a seat, an offer or the waiting list; a freed seat is offered to the first waiter in the same commit.</summary>
    /// <remarks>Commits: the freed seat is contested.</remarks>
    public async Task<WorkshopCancelOutcome> CancelAsync(int registrationId, string botName, long userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var registration = await db.WorkshopRegistrations.Include(r => r.Workshop).ThenInclude(w => w!.Library)
            .Where(WorkshopRegistration.IsActive)
            .Where(OwnedBy(botName, userId)).SingleOrDefaultAsync(r => r.Id == registrationId && r.Workshop!.StartsAt > now, cancellationToken);
        if (registration is null)
        {
            return WorkshopCancelOutcome.NotFound;
        }

        var freesSeat = registration.Seat is not null;
        (registration.Status, registration.Seat, registration.OfferExpiresAt, registration.ClosedAt) = (RegistrationStatus.Cancelled, null, null, now);
        await payments.CloseForSeatAsync(registration.Id, PaymentLedger.ByBot, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Its offer expired in the same moment: there is nothing left to cancel (an offer has no payment yet).
            db.Entry(registration).State = EntityState.Detached;
            return WorkshopCancelOutcome.NotFound;
        }

        if (freesSeat)
        {
            await waitingList.OfferFreeSeatsAsync(registration.Workshop!, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return WorkshopCancelOutcome.Cancelled;
    }

    /// <summary>The waiter taps «تأیید» on an offered seat; priced again now, as their category may have been verified meanwhile.</summary>
    /// <remarks>Commits: the offer races the round that expires it.</remarks>
    public Task<ConfirmOfferResult> ConfirmOfferAsync(int registrationId, string botName, long userId, CancellationToken cancellationToken) =>
        ConfirmOfferAsync(registrationId, Person.Messenger(botName, userId, 0), cancellationToken);

    private async Task<ConfirmOfferResult> ConfirmOfferAsync(int registrationId, Person person, CancellationToken cancellationToken)
    {
        var registration = await db.WorkshopRegistrations.Include(r => r.Workshop).ThenInclude(w => w!.Library)
            .Where(Owns(person)).SingleOrDefaultAsync(r => r.Id == registrationId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        switch (registration?.Status)
        {
            case null:
                return new(ConfirmOfferOutcome.NotFound);
            case RegistrationStatus.Confirmed:
                return new(ConfirmOfferOutcome.Confirmed, registration);
            case RegistrationStatus.Offered when registration.OfferExpiresAt > now:
                break;
            case RegistrationStatus.Offered or RegistrationStatus.OfferExpired:
                return new(ConfirmOfferOutcome.Expired, registration);
            default:
                return new(ConfirmOfferOutcome.NotFound, registration);
        }

        var quote = await QuoteAsync(person, registration.Workshop!, null, cancellationToken);
        (registration.BaseRials, registration.DiscountRials, registration.ToPayRials) = (quote.BaseRials, quote.DiscountRials, quote.ToPayRials);
        (registration.Status, registration.OfferExpiresAt, registration.ConfirmedAt) = (RegistrationStatus.Confirmed, null, now);
        var payment = payments.OpenForSeat(registration, registration.Workshop!, quote.PricedAs);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new(ConfirmOfferOutcome.Confirmed, registration);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The round expired the offer in the same moment; it already told them.
            payments.Forget(payment);
            db.Entry(registration).State = EntityState.Detached;
            return new(ConfirmOfferOutcome.Expired);
        }
    }

    /// <summary>This person's seats, offers and waiting places for workshops not over yet, soonest first.</summary>
    public async Task<IReadOnlyList<MyWorkshopRegistration>> MyRegistrationsAsync(string botName, long userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var registrations = await db.WorkshopRegistrations.AsNoTracking()
            .Include(r => r.Workshop).ThenInclude(w => w!.Library).Include(r => r.Workshop).ThenInclude(w => w!.Sessions)
            .Where(WorkshopRegistration.IsActive)
            .Where(OwnedBy(botName, userId)).Where(r => r.Workshop!.EndsAt > now)
            .OrderBy(r => r.Workshop!.StartsAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var mine = new List<MyWorkshopRegistration>(registrations.Count);
        foreach (var registration in registrations)
        {
            var position = registration.Status == RegistrationStatus.Waiting ? await waitingList.PositionAsync(registration, cancellationToken) : (int?)null;
            mine.Add(new(registration, position));
        }

        return mine;
    }

    /// <summary>
    /// The upcoming programmes this person may sign up for (see <see cref="UpcomingAsync"/>), and how many more there are
    /// that only other groups may take.
    /// </summary>
    public async Task<(IReadOnlyList<WorkshopListing> Open, int OnlyForOthers)> UpcomingForAsync(string botName, long userId, int? libraryId,
        WorkshopKind? kind, CancellationToken cancellationToken)
    {
        var all = await UpcomingAsync(libraryId, kind, cancellationToken);
        var group = await GroupAsync(Person.Messenger(botName, userId, 0), cancellationToken);
        var open = all.Where(l => l.Workshop.IsOpenTo(group)).ToList();
        return (open, all.Count - open.Count);
    }

    /// <summary>Whether this person may sign up for the workshop, and if not, whether they may once their claimed group is verified.</summary>
    public async Task<WorkshopEligibility> EligibilityAsync(string botName, long userId, Workshop workshop, CancellationToken cancellationToken)
    {
        var member = await membership.FindAsync(Person.Messenger(botName, userId, 0), cancellationToken);
        var group = member?.EffectiveCategory ?? MemberCategory.Public;
        var claimed = member is { CategoryStatus: CategoryStatus.Pending } ? member.Category : (MemberCategory?)null;
        return new(workshop.IsOpenTo(group), workshop.OpenGroups(), claimed is { } c && workshop.IsOpenTo(c));
    }

    private async Task<MemberCategory> GroupAsync(Person person, CancellationToken cancellationToken) =>
        (await membership.FindAsync(person, cancellationToken))?.EffectiveCategory ?? MemberCategory.Public;

    private static WorkshopListing Listing(Workshop workshop, int taken, DateTime now) =>
        new(workshop, Math.Max(workshop.Capacity - taken, 0), workshop.IsOpenForSignUp(now));

    private async Task<PriceQuote> QuoteAsync(Person person, Workshop workshop, string? discountCode, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var member = await membership.FindAsync(person, cancellationToken);
        var rules = await db.DiscountRules.AsNoTracking().Where(r => r.ServiceKind == ServiceKind.Workshop).ToListAsync(cancellationToken);
        var pending = member is { CategoryStatus: CategoryStatus.Pending } ? member.Category : (MemberCategory?)null;
        var code = discountCode is null ? null : (await discountCodes.CheckAsync(discountCode, ServiceKind.Workshop, now, cancellationToken)).Code;
        var group = member?.EffectiveCategory ?? MemberCategory.Public;

        // The workshop's own price for this group replaces the base price and the general rules; a code still counts on it.
        return workshop.PriceFor(group) is { } own
            ? PricingEngine.Quote(new PriceRequest(ServiceKind.Workshop, own, group, pending), [], code, now)
            : PricingEngine.Quote(new PriceRequest(ServiceKind.Workshop, workshop.BasePrice, group, pending), rules, code, now);
    }

    /// <summary>The code's use counted for a seat that went to someone else is given back.</summary>
    private async Task GiveBackCodeUseAsync(CancellationToken cancellationToken)
    {
        foreach (var code in db.ChangeTracker.Entries<DiscountCode>().Where(e => e.State == EntityState.Modified).ToList())
        {
            await code.ReloadAsync(cancellationToken);
        }
    }

    private Task<WorkshopRegistration?> ActiveAsync(Person person, int workshopId, CancellationToken cancellationToken) =>
        db.WorkshopRegistrations.Include(r => r.Workshop).ThenInclude(w => w!.Library).Where(WorkshopRegistration.IsActive)
            .Where(Owns(person)).SingleOrDefaultAsync(r => r.WorkshopId == workshopId, cancellationToken);

    /// <summary>
    /// The person's registrations: made from this messenger account, from another account of the same member, or for
    /// the member at the desk; for a member without a messenger account, by membership and from any account they linked.
    /// </summary>
    private Expression<Func<WorkshopRegistration, bool>> Owns(Person person)
    {
        if (person is { BotName: { } bot, UserId: { } user })
        {
            return OwnedBy(bot, user);
        }

        var memberId = person.MemberId;
        var accounts = db.MemberAccounts.Where(a => a.MemberId == memberId);
        return r => r.MemberId == memberId || accounts.Any(a => a.BotName == r.BotName && a.UserId == r.UserId);
    }

    /// <inheritdoc cref="Owns(Person)"/>
    private Expression<Func<WorkshopRegistration, bool>> OwnedBy(string botName, long userId)
    {
        var member = MemberAccounts.MemberIdOf(db, botName, userId);
        var accounts = MemberAccounts.OfSamePerson(db, botName, userId);
        return r => (r.BotName == botName && r.UserId == userId)
            || (r.MemberId != null && member.Contains(r.MemberId.Value))
            || accounts.Any(a => a.BotName == r.BotName && a.UserId == r.UserId);
    }

    private async Task<SignUpResult> AlreadyRegisteredAsync(WorkshopRegistration existing, CancellationToken cancellationToken) =>
        new(SignUpOutcome.AlreadyRegistered, existing,
            existing.Status == RegistrationStatus.Waiting ? await waitingList.PositionAsync(existing, cancellationToken) : null);

    private static WorkshopRegistration NewRegistration(Person person, string? staffUserName, Workshop workshop, PriceQuote quote,
        RegistrationStatus status, int? seat, DateTime now) => new()
    {
        WorkshopId = workshop.Id,
        Workshop = workshop,
        BotName = person.BotName,
        UserId = person.UserId,
        ChatId = person.ChatId,
        MemberId = person.MemberId,
        RegisteredBy = staffUserName,
        Status = status,
        Seat = seat,
        BaseRials = quote.BaseRials,
        DiscountRials = quote.DiscountRials,
        ToPayRials = quote.ToPayRials,
        CreatedAt = now,
        ConfirmedAt = status == RegistrationStatus.Confirmed ? now : null,
    };

    /// <summary>
    /// A place in the queue is its id. SQLite commits one writer at a time, so ids commit in order; PostgreSQL hands
    /// ids out at insert and commits in any order, and a waiter could miss one ahead of it still uncommitted when it
    /// counts its place. There the waiters of one workshop join one at a time, behind a lock on the workshop's row
    /// held until the commit.
    /// </summary>
    private async Task<IDbContextTransaction?> JoinQueueAsync(int workshopId, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return null;
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Workshops\" WHERE \"Id\" = {workshopId} FOR NO KEY UPDATE", cancellationToken);
        return transaction;
    }

    private enum Commit { Done, Refused, Closed }

    /// <summary>
    /// Commits now, with whatever else the caller has tracked (a staff member's audit entry); Refused when a unique index
    /// refused the row (the seat, or this person's other registration), Closed when the workshop was cancelled after
    /// the sign-up read it.
    /// </summary>
    private async Task<Commit> TryCommitAsync(WorkshopRegistration registration, CancellationToken cancellationToken)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using var _ = own;
        if (!await StillOpenAsync(registration.WorkshopId, cancellationToken))
        {
            return Commit.Closed;
        }

        db.WorkshopRegistrations.Add(registration);

        // Staff registered a person who has the bot: the bot tells them, in the same commit as the place.
        var notice = registration is { RegisteredBy: not null, BotName: { } bot, ChatId: { } chat }
            ? OutboxMessage.Create(bot, chat, new OutgoingText(WorkshopNotices.RegisteredByStaff(registration, registration.Workshop!)), registration.CreatedAt, OutboxKind.Notice)
            : null;
        if (notice is not null)
        {
            db.OutboxMessages.Add(notice);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return Commit.Done;
        }
        catch (DbUpdateException e) when (Constraints.IsViolation(e))
        {
            db.Entry(registration).State = EntityState.Detached;
            db.Detach(notice);

            return Commit.Refused;
        }
    }

    /// <summary>
    /// Reads the workshop's status again inside the sign-up's transaction, writing its row so that it stays locked until
    /// the commit: a whole-workshop cancellation, which changes the status first, waits for this sign-up and then
    /// cancels it with the rest, or this sign-up waits for it and finds the workshop cancelled.
    /// </summary>
    private async Task<bool> StillOpenAsync(int workshopId, CancellationToken cancellationToken) =>
        await db.Workshops.Where(w => w.Id == workshopId && w.Status == WorkshopStatus.Published)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, w => w.Status), cancellationToken) == 1;
}
