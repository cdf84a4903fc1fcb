using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Domain.Counseling;

/// <summary>What a booking's counsellor is told, on every bot they linked (<see cref="CounselorAccounts"/>).</summary>
public sealed partial class BookingService
{
    /// <summary>Tracks a notice to each of the counsellor's accounts; the caller's commit sends them.</summary>
    private async Task<IReadOnlyList<OutboxMessage>> TellCounselorAsync(Booking booking, bool cancelled, CancellationToken cancellationToken)
    {
        var accounts = await CounselorAccounts.Of(db, booking.CounselorId).AsNoTracking().ToListAsync(cancellationToken);
        if (accounts.Count == 0)
        {
            return [];
        }

        var library = booking.Library?.Name ?? await db.Libraries.Where(l => l.Id == booking.LibraryId).Select(l => l.Name).SingleAsync(cancellationToken);
        var client = await ClientFirstNameAsync(booking, cancellationToken);
        var text = cancelled ? CounselorNotices.Cancelled(booking, library, client) : CounselorNotices.NewBooking(booking, library, client);
        var now = time.GetUtcNow().UtcDateTime;
        var messages = accounts.Select(a => OutboxMessage.Create(a.BotName, a.ChatId, new OutgoingText(text), now, OutboxKind.Notice)).ToList();
        db.OutboxMessages.AddRange(messages);
        return messages;
    }

    /// <summary>The client's first name from their membership, all a counsellor is shown of who they are.</summary>
    private async Task<string> ClientFirstNameAsync(Booking booking, CancellationToken cancellationToken) =>
        FirstName(await db.Members.AsNoTracking().Where(ClientOf(booking)).Select(m => m.FullName).FirstOrDefaultAsync(cancellationToken));

    private Expression<Func<Membership.Member, bool>> ClientOf(Booking booking)
    {
        var (memberId, bot, user) = (booking.MemberId, booking.BotName, booking.UserId);
        return m => m.Id == memberId || (bot != null && m.BotName == bot && m.UserId == user)
            || db.MemberAccounts.Any(a => a.MemberId == m.Id && a.BotName == bot && a.UserId == user);
    }

    /// <summary>«زهرا» of «زهرا محمدی».</summary>
    public static string FirstName(string? fullName) =>
        fullName?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is [var first, ..] ? first : CounselorNotices.UnnamedClient;
}
