using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Pricing;

namespace RahZendegi.Domain.Workshops;

/// <summary>Staff registering a member at the desk, who may have no messenger account (docs/decisions/0005).</summary>
public sealed partial class WorkshopService
{
    /// <summary>The price staff read out before registering a member: the same engine and rules as in the bot.</summary>
    public async Task<PriceQuote?> QuoteForMemberAsync(int memberId, int workshopId, CancellationToken cancellationToken, string? discountCode = null)
    {
        var workshop = await db.Workshops.AsNoTracking().SingleOrDefaultAsync(w => w.Id == workshopId, cancellationToken);
        var member = await membership.GetAsync(memberId, cancellationToken);
        return workshop is null ? null : await QuoteAsync(Person.Of(member), workshop, discountCode, cancellationToken);
    }

    /// <summary>
    /// Staff register a member at the desk: the same seats, waiting list and price as in the bot. A member with a
    /// messenger account gets the place as their own and is told in the bot.
    /// </summary>
    /// <remarks>Commits: the seat is contested.</remarks>
    public async Task<SignUpResult> SignUpForMemberAsync(int memberId, int workshopId, string staffUserName, CancellationToken cancellationToken,
        string? discountCode = null)
    {
        var member = await membership.GetAsync(memberId, cancellationToken);
        return await SignUpAsync(Person.Of(member), workshopId, staffUserName, discountCode, cancellationToken);
    }

    /// <summary>
    /// Staff confirm, on the phone, a seat offered to a waiter who has no messenger account: the same confirmation
    /// and fresh price as the bot's «تأیید».
    /// </summary>
    /// <remarks>Commits: the offer races the round that expires it.</remarks>
    public async Task<ConfirmOfferResult> ConfirmOfferForMemberAsync(int registrationId, int memberId, CancellationToken cancellationToken)
    {
        var member = await membership.GetAsync(memberId, cancellationToken);
        return await ConfirmOfferAsync(registrationId, Person.Of(member), cancellationToken);
    }
}
