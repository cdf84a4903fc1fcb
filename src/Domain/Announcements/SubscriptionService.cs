using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;

namespace RahZendegi.Domain.Announcements;

/// <summary>Reads and changes a person's subscription. Changes are tracked; the caller commits them with the rest of its update.</summary>
public sealed class SubscriptionService(AppDbContext db, TimeProvider time)
{
    /// <summary>The subscription, including one added in this update and not yet committed.</summary>
    public async Task<Subscription?> GetAsync(string botName, long userId, CancellationToken cancellationToken = default) =>
        db.Subscriptions.Local.SingleOrDefault(s => s.BotName == botName && s.UserId == userId)
        ?? await db.Subscriptions.SingleOrDefaultAsync(s => s.BotName == botName && s.UserId == userId, cancellationToken);

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

        subscription.ChatId = chatId;
        subscription.UpdatedAt = now;
        return subscription;
    }
}
