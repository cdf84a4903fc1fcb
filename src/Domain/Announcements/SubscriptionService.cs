using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;

namespace RahZendegi.Domain.Announcements;

/// <summary>Reads and changes a person's subscription. Changes are tracked; the caller commits them with the rest of its update.</summary>
public sealed class SubscriptionService(AppDbContext db, TimeProvider time)
{
    /// <summary>
    /// The subscription, including one added in this update and not yet committed; for a member with several messengers,
    /// the one made from another of their accounts when this one has none: one person, one set of topics.
    /// </summary>
    public async Task<Subscription?> GetAsync(string botName, long userId, CancellationToken cancellationToken = default)
    {
        var own = db.Subscriptions.Local.SingleOrDefault(s => s.BotName == botName && s.UserId == userId)
            ?? await db.Subscriptions.SingleOrDefaultAsync(s => s.BotName == botName && s.UserId == userId, cancellationToken);
        if (own is not null)
        {
            return own;
        }

        var accounts = MemberAccounts.OfSamePerson(db, botName, userId);
        return await db.Subscriptions.Where(s => accounts.Any(a => a.BotName == s.BotName && a.UserId == s.UserId))
            .OrderByDescending(s => s.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<Subscription> ToggleTopicAsync(string botName, long userId, long chatId, AnnouncementTopic topic, CancellationToken cancellationToken = default)
    {
        var subscription = await GetOrAddAsync(botName, userId, chatId, cancellationToken);
        subscription.Topics = (subscription.Topics ^ topic) & AnnouncementTopic.All;
        return subscription;
    }

    public async Task<Subscription> SetLibraryAsync(string botName, long userId, long chatId, int? libraryId, CancellationToken cancellationToken = default)
    {
        var subscription = await GetOrAddAsync(botName, userId, chatId, cancellationToken);
        subscription.LibraryId = libraryId;
        return subscription;
    }

    /// <summary>
    /// Switches these topics on (never off, unlike a toggle) and the subscription with them, from a screen that had
    /// nothing to offer yet; a library given becomes the person's library, none leaves theirs as it is.
    /// </summary>
    public async Task<Subscription> SubscribeAsync(string botName, long userId, long chatId, AnnouncementTopic topics, int? libraryId,
        CancellationToken cancellationToken = default)
    {
        var subscription = await GetOrAddAsync(botName, userId, chatId, cancellationToken);
        subscription.Topics = (subscription.Topics | topics) & AnnouncementTopic.All;
        subscription.LibraryId = libraryId ?? subscription.LibraryId;
        subscription.Off = false;
        return subscription;
    }

    public async Task<Subscription> SwitchAsync(string botName, long userId, long chatId, bool on, CancellationToken cancellationToken = default)
    {
        var subscription = await GetOrAddAsync(botName, userId, chatId, cancellationToken);
        subscription.Off = !on;
        return subscription;
    }

    private async Task<Subscription> GetOrAddAsync(string botName, long userId, long chatId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var subscription = await GetAsync(botName, userId, cancellationToken);
        if (subscription is null)
        {
            subscription = new Subscription { BotName = botName, UserId = userId };
            db.Subscriptions.Add(subscription);
        }

        // Another account's subscription keeps its chat: the copies reach the person where they are (LastUsedMessenger).
        if (subscription.BotName == botName && subscription.UserId == userId)
        {
            subscription.ChatId = chatId;
        }

        subscription.UpdatedAt = now;
        return subscription;
    }
}
