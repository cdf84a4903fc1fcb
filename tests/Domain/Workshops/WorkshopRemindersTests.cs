using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Workshops;
using RahZendegi.Domain.Data;

namespace RahZendegi.Tests.Domain.Workshops;

/// <summary>The day-before reminder: once, for seats only, naming the workshop, library and time.</summary>
public sealed class WorkshopRemindersOnSqliteTests() : WorkshopRemindersTests(DatabaseProvider.Sqlite);

// The code under test has no provider-specific branch: the full suite runs this twin, the fast loop leaves it out.
[Trait("Category", "Slow")]
public sealed class WorkshopRemindersOnPostgresTests() : WorkshopRemindersTests(DatabaseProvider.Postgres);

public abstract class WorkshopRemindersTests(DatabaseProvider provider) : IAsyncLifetime
{
    private WorkshopTestBed bed = null!;
    private int workshopId;

    public async Task InitializeAsync()
    {
        bed = await WorkshopTestBed.CreateAsync(provider);
        workshopId = await bed.AddWorkshopAsync(capacity: 1, startsIn: TimeSpan.FromDays(3), sessions: 2);
    }

    public async Task DisposeAsync() => await bed.DisposeAsync();

    [Fact]
    public async Task Queue_OverTheDaysBeforeTheFirstSession_RemindsTheSeatOnceAndNotTheWaiter()
    {
        await bed.SignUpAsync(1, workshopId);
        await bed.SignUpAsync(2, workshopId);

        Assert.Equal(0, await bed.QueueRemindersAsync());
        bed.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await bed.QueueRemindersAsync());
        bed.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await bed.QueueRemindersAsync());
        bed.Time.Advance(TimeSpan.FromDays(7));
        Assert.Equal(0, await bed.QueueRemindersAsync());

        var (chat, reminder) = Assert.Single(await bed.OutboxAsync());
        Assert.Equal(1, chat);
        Assert.Contains("«کارگاه توانمندسازی زنان سرپرست خانوار»", reminder.Text);
        Assert.Contains("کتابخانه عمومی مرکزی ایلام", reminder.Text);
        Assert.Contains("ساعت ۰۹:۳۰", reminder.Text);
        var button = Assert.Single(reminder.Keyboard!.Rows.Single());
        Assert.Equal("ws", CallbackData.Parse(button.CallbackData)!.Feature);
    }

    [Fact]
    public async Task Queue_ForACancelledRegistration_SendsNothing()
    {
        var registration = (await bed.SignUpAsync(1, workshopId)).Registration!;
        await bed.CancelAsync(1, registration.Id);
        bed.Time.Advance(TimeSpan.FromDays(2));

        Assert.Equal(0, await bed.QueueRemindersAsync());
        Assert.Empty(await bed.OutboxAsync());
    }

    [Fact]
    public async Task Queue_SeatTakenWithinTheLastDay_SkipsTheReminder()
    {
        bed.Time.Advance(TimeSpan.FromDays(2.5));
        var late = await bed.AddWorkshopAsync(capacity: 1, startsIn: TimeSpan.FromDays(3), deadlineIn: TimeSpan.FromDays(3));
        await bed.SignUpAsync(1, late);

        Assert.Equal(0, await bed.QueueRemindersAsync());
        Assert.Equal(0, await bed.QueueRemindersAsync());
    }
}
