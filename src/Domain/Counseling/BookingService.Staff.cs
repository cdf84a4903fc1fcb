using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Pricing;

namespace RahZendegi.Domain.Counseling;

/// <summary>Staff booking at the desk for a member, who may have no messenger account (docs/decisions/0005).</summary>
public sealed partial class BookingService
{
    /// <summary>The price staff read out before booking for a member: the same engine and rules as in the bot.</summary>
    public async Task<PriceQuote> QuoteForMemberAsync(int memberId, int counselorId, string? discountCode, CancellationToken cancellationToken) =>
        await QuoteAsync(await membership.GetAsync(memberId, cancellationToken), counselorId, discountCode, cancellationToken);

    /// <summary>
    /// Staff book at the desk for a member: the same rules, price and slot race as in the bot. A member with a
    /// messenger account gets the booking as their own and is told in the bot, in the same commit.
    /// </summary>
    /// <remarks>Commits: the slot is contested.</remarks>
    public async Task<BookingResult> BookForMemberAsync(int memberId, Slot slot, CounselingTopic topic, string? discountCode, string staffUserName,
        CancellationToken cancellationToken)
    {
        var member = await membership.GetAsync(memberId, cancellationToken);
        return await BookAsync(Person.Of(member), slot, topic, discountCode, staffUserName, cancellationToken);
    }

    /// <summary>
    /// The bot's word to a person staff booked for, written in the booking's own commit. It has no buttons: they need
    /// the booking's id, which the commit makes; «نوبت‌های من» and the reminders carry them.
    /// </summary>
    private async Task<OutboxMessage> BookedByStaffNoticeAsync(Booking booking, CancellationToken cancellationToken)
    {
        var library = await db.Libraries.AsNoTracking().SingleAsync(l => l.Id == booking.LibraryId, cancellationToken);
        var message = OutboxMessage.Create(booking.BotName!, booking.ChatId!.Value,
            new OutgoingText(CounselingNotices.BookedByStaff(booking, library.Name)), booking.CreatedAt, OutboxKind.Notice);
        db.OutboxMessages.Add(message);
        return message;
    }
}
