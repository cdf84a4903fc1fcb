using Microsoft.Extensions.Time.Testing;
using RahZendegi.Admin.Pages.System;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Reports;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Reports;

/// <summary>The system page's figures: the queues per bot and the traffic per hour on Tehran's clock.</summary>
public sealed class MessagingLoadTests
{
    // Thursday 3 Dey 1405, 10:00 in Tehran.
    private static readonly DateTime Now = new(2026, 12, 24, 6, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Build_UpdatesAndMessagesAroundATehranHour_CountsTheQueuesTheOldestUnsentAndEachTehranHour()
    {
        await using var services = await DomainServices.StartAsync(new FakeTimeProvider(Now));
        await using (var db = services.Database.NewContext())
        {
            var n = 0;
            InboxUpdate Update(DateTime receivedAt, bool handled) => new()
            {
                BotName = "telegram", UpdateId = ++n, UserKey = n, Payload = "{}", ReceivedAt = receivedAt, HandledAt = handled ? receivedAt.AddSeconds(1) : null,
            };
            OutboxMessage Message(DateTime createdAt, OutboxPriority priority, DateTime? sentAt) => new()
            {
                BotName = "telegram", ChatId = 1, Priority = priority, Payload = "{}", CreatedAt = createdAt, NextAttemptAt = createdAt,
                Status = sentAt is null ? OutboxStatus.Pending : OutboxStatus.Sent, SentAt = sentAt,
            };

            // 08:50, 09:10, 09:40 and 09:59 in Tehran: an hour there starts at half past a UTC hour.
            db.InboxUpdates.AddRange(Update(Now.AddMinutes(-70), true), Update(Now.AddMinutes(-50), true),
                Update(Now.AddMinutes(-20), true), Update(Now.AddMinutes(-1), false));
            db.OutboxMessages.AddRange(Message(Now.AddMinutes(-30), OutboxPriority.Reply, null),
                Message(Now.AddHours(-2), OutboxPriority.Broadcast, null),
                Message(Now.AddMinutes(-26), OutboxPriority.Reply, Now.AddMinutes(-25)));
            await db.SaveChangesAsync();
        }

        var figures = await services.InScopeAsync<MessagingLoad, MessagingFigures>(l => l.BuildAsync(CancellationToken.None));

        var queue = Assert.Single(figures.Queues);
        Assert.Equal(new BotQueues("telegram", 1, 1, 1, TimeSpan.FromHours(2)), queue);
        Assert.Equal("۲ ساعت", SystemTexts.Age(queue.OldestUnsentAge!.Value));

        Assert.Equal(24 * MessagingFigures.Days, figures.Hours.Count);
        Assert.Equal(new HourLoad(Now, 0, 0), figures.Hours[^1]);
        Assert.Equal(new HourLoad(Now.AddHours(-1), 3, 1), figures.Hours[^2]);
        Assert.Equal(new HourLoad(Now.AddHours(-2), 1, 0), figures.Hours[^3]);
        Assert.Equal("۱۴۰۵/۱۰/۰۳ ۰۹:۰۰", SystemTexts.Hour(figures.Hours[^2].StartUtc));

        // Handled updates are kept three days: the page says the received chart reaches back only that far.
        Assert.True(figures.ReceivedIsShorter);
        Assert.Equal(Now - MessagingHousekeeping.KeepHandledUpdates, figures.ReceivedSince);
    }
}
