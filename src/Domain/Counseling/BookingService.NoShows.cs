using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Domain.Counseling;

/// <summary>Where a member stands against the no-show limit, and how staff let them book again.</summary>
public sealed record NoShowStanding(int Counted, int Limit, DateTime? LastLiftedAt)
{
    public bool Blocked => Counted >= Limit;
}

public enum LiftOutcome { Lifted, NotBlocked, NotFound }

/// <summary>
/// The no-show policy: after <see cref="CounselingOptions.NoShowLimit"/> no-shows a person books only once staff let
/// them (a phone call, a reason heard); no-shows before that moment no longer count.
/// </summary>
public sealed partial class BookingService
{
    public async Task<NoShowStanding> NoShowStandingAsync(int memberId, CancellationToken cancellationToken)
    {
        var person = Person.Of(await membership.GetAsync(memberId, cancellationToken));
        return new(await CountedNoShowsAsync(person, cancellationToken), Rules.NoShowLimit, await LastLiftedAtAsync(person, cancellationToken));
    }

    /// <summary>
    /// Staff lift the block of a member who reached the no-show limit, with the reason they heard. A member with a
    /// messenger account is told in the bot that they can book again, in the caller's commit.
    /// </summary>
    public async Task<LiftOutcome> LiftNoShowBlockAsync(int memberId, string reason, string staffUserName, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return LiftOutcome.NotFound;
        }

        var person = Person.Of(member);
        if (await CountedNoShowsAsync(person, cancellationToken) < Rules.NoShowLimit)
        {
            return LiftOutcome.NotBlocked;
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.NoShowApprovals.Add(new NoShowApproval
        {
            BotName = member.BotName,
            UserId = member.UserId,
            MemberId = member.Id,
            GrantedAt = now,
            GrantedBy = staffUserName,
            Reason = reason.Trim(),
        });
        if (member is { BotName: { } bot, ChatId: { } chat })
        {
            db.OutboxMessages.Add(OutboxMessage.Create(bot, chat, new OutgoingText(NoShowNotices.BlockLifted), now, OutboxKind.Notice));
        }

        return LiftOutcome.Lifted;
    }

    private async Task<int> CountedNoShowsAsync(Person person, CancellationToken cancellationToken)
    {
        var since = await LastLiftedAtAsync(person, cancellationToken) ?? DateTime.MinValue;
        return await db.Bookings.Where(Owns(person)).CountAsync(b => b.Status == BookingStatus.NoShow && b.StartsAt > since, cancellationToken);
    }

    // A lift names the messenger account and the membership alike: the bot asks by account, the desk by membership.
    private Task<DateTime?> LastLiftedAtAsync(Person person, CancellationToken cancellationToken)
    {
        var approvals = db.NoShowApprovals.AsQueryable();
        approvals = person switch
        {
            // From any account of the same member, as the bookings it lifts.
            { BotName: { } bot, UserId: { } user } => approvals.Where(a => (a.BotName == bot && a.UserId == user)
                || (person.MemberId != null && a.MemberId == person.MemberId)
                || (a.MemberId != null && MemberAccounts.MemberIdOf(db, bot, user).Contains(a.MemberId.Value))
                || MemberAccounts.OfSamePerson(db, bot, user).Any(s => s.BotName == a.BotName && s.UserId == a.UserId)),
            { MemberId: { } member } => approvals.Where(a => a.MemberId == member),
            _ => approvals.Where(_ => false),
        };
        return approvals.MaxAsync(a => (DateTime?)a.GrantedAt, cancellationToken);
    }
}
