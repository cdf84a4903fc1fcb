namespace RahZendegi.Domain.Membership;

/// <summary>
/// Whom a booking or a workshop seat belongs to: a messenger user of a bot (a member or not), or a member without a
/// messenger account whom staff registered at the desk. The messenger account wins when there is one, so a booking
/// staff make for a bot user is theirs in «نوبت‌های من», with its reminders, as if they had made it.
/// </summary>
public sealed record Person(string? BotName, long? UserId, long? ChatId, int? MemberId)
{
    public static Person Messenger(string botName, long userId, long chatId) => new(botName, userId, chatId, null);

    public static Person Of(Member member) => member.HasMessenger
        ? new(member.BotName, member.UserId, member.ChatId, member.Id)
        : new(null, null, null, member.Id);

    public bool HasMessenger => BotName is not null;
}
