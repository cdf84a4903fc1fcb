using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;

namespace RahZendegi.Domain.Membership;

/// <summary>
/// Why a messenger account was or was not linked to the membership of a national ID: <see cref="Linked"/>;
/// <see cref="NoSuchMember"/>; <see cref="NotOwnContact"/>, a contact that is someone else's (or a typed number,
/// which proves nothing); <see cref="PhoneMismatch"/>, the person's own number but not the one on record;
/// <see cref="TakenByOther"/>, the account already belongs to another member.
/// </summary>
public enum LinkOutcome { Linked, NoSuchMember, NotOwnContact, PhoneMismatch, TakenByOther }

public sealed record LinkResult(LinkOutcome Outcome, Member? Member = null);

/// <summary>
/// The messenger accounts of one person. A member's own columns (<see cref="Member.BotName"/>, <see cref="Member.UserId"/>,
/// <see cref="Member.ChatId"/>) name the account to reach them by: the one they used last, which every notice reads;
/// the <see cref="MemberAccount"/> rows are all their accounts, which every "mine" query reads. Changes are tracked,
/// not saved: the caller commits them (docs/decisions/0009).
/// </summary>
public sealed class MemberAccounts(AppDbContext db, TimeProvider time)
{
    /// <summary>The id of the member this messenger account belongs to, as a subquery for other queries.</summary>
    public static IQueryable<int> MemberIdOf(AppDbContext db, string botName, long userId) =>
        db.Members.Where(m => (m.BotName == botName && m.UserId == userId)
            || db.MemberAccounts.Any(a => a.MemberId == m.Id && a.BotName == botName && a.UserId == userId)).Select(m => m.Id);

    /// <summary>Every account of the member this messenger account belongs to (none when it is no member's), as a subquery.</summary>
    public static IQueryable<MemberAccount> OfSamePerson(AppDbContext db, string botName, long userId)
    {
        var member = MemberIdOf(db, botName, userId);
        return db.MemberAccounts.Where(a => member.Contains(a.MemberId));
    }

    /// <summary>Every account of a member, as a subquery.</summary>
    public static IQueryable<MemberAccount> Of(AppDbContext db, int memberId) => db.MemberAccounts.Where(a => a.MemberId == memberId);

    /// <summary>The member's accounts for the panel, the one used last first.</summary>
    public async Task<IReadOnlyList<MemberAccount>> ListAsync(int memberId, CancellationToken cancellationToken) =>
        await db.MemberAccounts.AsNoTracking().Where(a => a.MemberId == memberId).OrderByDescending(a => a.LastUsedAt).ToListAsync(cancellationToken);

    /// <summary>The row of the account a member registers with in a bot.</summary>
    internal static MemberAccount First(string botName, long userId, long chatId, DateTime now) =>
        new() { BotName = botName, UserId = userId, ChatId = chatId, LinkedAt = now, LastUsedAt = now };

    /// <summary>
    /// Links the messenger account (bot, user, chat) to the membership of <paramref name="nationalId"/>, when the shared
    /// contact is the person's own (its user id is the sender's) and its number is the one on record. A desk member
    /// had no account: this one becomes the one to reach them by.
    /// </summary>
    public async Task<LinkResult> LinkAsync(string botName, long userId, long chatId, string nationalId, string? contactPhone, long? contactUserId,
        CancellationToken cancellationToken)
    {
        // Telegram and Bale put the sharer's own user id in a contact sent with the contact button; a forwarded card
        // of someone else has another id or none, and a typed number has no contact at all.
        if (contactPhone is null || contactUserId != userId)
        {
            return new(LinkOutcome.NotOwnContact);
        }

        var member = await db.Members.Include(m => m.Library).SingleOrDefaultAsync(m => m.NationalId == nationalId, cancellationToken);
        if (member is null)
        {
            return new(LinkOutcome.NoSuchMember);
        }

        if (IranianMobile.TryNormalize(contactPhone, out var phone) != MobileCheck.Valid || phone != member.Phone)
        {
            return new(LinkOutcome.PhoneMismatch);
        }

        if (await MemberIdOf(db, botName, userId).FirstOrDefaultAsync(cancellationToken) is var owner and not 0)
        {
            return owner == member.Id ? new(LinkOutcome.Linked, member) : new(LinkOutcome.TakenByOther);
        }

        var now = time.GetUtcNow().UtcDateTime;
        await AdoptReachAsync(member, cancellationToken);
        db.MemberAccounts.Add(new MemberAccount
        {
            MemberId = member.Id, BotName = botName, UserId = userId, ChatId = chatId, LinkedAt = now, LastUsedAt = now,
        });
        (member.BotName, member.UserId, member.ChatId) = (botName, userId, chatId);
        await AddressDeskRowsAsync(member.Id, botName, userId, chatId, now, cancellationToken);
        return new(LinkOutcome.Linked, member);
    }

    /// <summary>
    /// What staff booked or registered at the desk for a person without a messenger account named no chat, so no reminder
    /// or notice could reach them; from now on it belongs to this account as if made from it, and reminders and notices
    /// follow the messenger used last like the rest (<see cref="LastUsedMessenger"/>). Only what is still ahead.
    /// </summary>
    private async Task AddressDeskRowsAsync(int memberId, string botName, long userId, long chatId, DateTime now, CancellationToken cancellationToken)
    {
        await db.Bookings.Where(b => b.MemberId == memberId && b.ChatId == null && b.StartsAt > now).ForEachAsync(b =>
            (b.BotName, b.UserId, b.ChatId) = (botName, userId, chatId), cancellationToken);
        await db.WorkshopRegistrations.Where(r => r.MemberId == memberId && r.ChatId == null && r.Workshop!.StartsAt > now).ForEachAsync(r =>
            (r.BotName, r.UserId, r.ChatId) = (botName, userId, chatId), cancellationToken);
    }

    /// <summary>
    /// Staff take an account off a member (a phone passed on, a link made by mistake). When it was the one to reach
    /// them by, the account used last of the others takes its place, or none: a desk member again.
    /// </summary>
    public async Task<MemberAccount?> UnlinkAsync(int memberId, int accountId, CancellationToken cancellationToken)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return null;
        }

        await AdoptReachAsync(member, cancellationToken);
        var account = await db.MemberAccounts.SingleOrDefaultAsync(a => a.Id == accountId && a.MemberId == memberId, cancellationToken);
        if (account is null)
        {
            return null;
        }

        db.MemberAccounts.Remove(account);
        if (member.BotName == account.BotName && member.UserId == account.UserId)
        {
            var next = await db.MemberAccounts.Where(a => a.MemberId == memberId && a.Id != account.Id)
                .OrderByDescending(a => a.LastUsedAt).FirstOrDefaultAsync(cancellationToken);
            (member.BotName, member.UserId, member.ChatId) = (next?.BotName, next?.UserId, next?.ChatId);
        }

        return account;
    }

    /// <summary>
    /// An update from this account is being handled: it becomes the one used last, so notices go to it. Written only
    /// when something changes (another account was the one to reach them by, or a while has passed), not per update.
    /// </summary>
    public async Task TouchAsync(string botName, long userId, long chatId, CancellationToken cancellationToken)
    {
        var account = await AccountWithMember.For(db)(db, botName, userId, cancellationToken);
        if (account?.Member is not { } member)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var reachesHere = member.BotName == botName && member.UserId == userId && member.ChatId == chatId;
        if (reachesHere && account.ChatId == chatId && now - account.LastUsedAt < RefreshAfter)
        {
            return;
        }

        (account.ChatId, account.LastUsedAt) = (chatId, now);
        (member.BotName, member.UserId, member.ChatId) = (botName, userId, chatId);
    }

    // Every update touches its account.
    private static readonly CompiledQuery<Func<AppDbContext, string, long, CancellationToken, Task<MemberAccount?>>> AccountWithMember =
        new(() => EF.CompileAsyncQuery((AppDbContext db, string botName, long userId, CancellationToken _) =>
            db.MemberAccounts.Include(a => a.Member).SingleOrDefault(a => a.BotName == botName && a.UserId == userId)));

    // Only which account was used last matters; an hour's precision spares a write on every update.
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromHours(1);

    // A member made before accounts had rows (or straight into the table) has its account only in its own columns.
    private async Task AdoptReachAsync(Member member, CancellationToken cancellationToken)
    {
        if (member is not { BotName: { } bot, UserId: { } user, ChatId: { } chat })
        {
            return;
        }

        var known = db.MemberAccounts.Local.Any(a => a.BotName == bot && a.UserId == user)
            || await db.MemberAccounts.AnyAsync(a => a.BotName == bot && a.UserId == user, cancellationToken);
        if (!known)
        {
            db.MemberAccounts.Add(new MemberAccount
            {
                MemberId = member.Id, BotName = bot, UserId = user, ChatId = chat, LinkedAt = member.CreatedAt, LastUsedAt = member.CreatedAt,
            });
        }
    }
}
