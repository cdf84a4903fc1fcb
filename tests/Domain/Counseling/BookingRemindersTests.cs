using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Counseling;

/// <summary>Reminders driven by a fake clock: each once, at its moment, never for cancelled bookings.</summary>
public sealed class BookingRemindersOnSqliteTests() : BookingRemindersTests(DatabaseProvider.Sqlite);

// The code under test has no provider-specific branch: the full suite runs this twin, the fast loop leaves it out.
[Trait("Category", "Slow")]
public sealed class BookingRemindersOnPostgresTests() : BookingRemindersTests(DatabaseProvider.Postgres);

public abstract class BookingRemindersTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateTime Booked = new(2026, 11, 28, 6, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Session = new(2026, 12, 1, 7, 0, 0, DateTimeKind.Utc);

    private readonly FakeTimeProvider time = new(Booked);
    private DomainServices services = null!;
    private AppDbContext db = null!;

    public async Task InitializeAsync()
    {
        services = await DomainServices.StartAsync(time, provider);
        db = services.Db;
        var library = Seed.Library("ایوان");
        var counselor = Seed.Counselor(0);
        db.AddRange(library, counselor);
        await db.SaveChangesAsync();
        db.Bookings.Add(new Booking
        {
            TrackingCode = "1234567", BotName = "test", UserId = 7, ChatId = 7, CounselorId = counselor.Id, LibraryId = library.Id,
            Topic = CounselingTopic.Family, StartsAt = Session, EndsAt = Session.AddMinutes(45), Status = BookingStatus.Confirmed, CreatedAt = Booked,
        });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => services.DisposeAsync().AsTask();

    private Task<int> QueueAtAsync(DateTime now)
    {
        time.SetUtcNow(now);
        db.ChangeTracker.Clear();
        return services.Scope.Get<BookingReminders>().QueueDueAsync(CancellationToken.None);
    }

    private async Task<List<string>> SentTextsAsync() =>
        [.. (await db.OutboxMessages.OrderBy(m => m.Id).ToListAsync()).Select(m => ((OutgoingText)Outgoing.Deserialize(m.Payload)).Text)];

    [Fact]
    public async Task Queue_OverTheDaysBeforeTheSession_SendsTheDayThenTheHourReminderOnceEach()
    {
        Assert.Equal(0, await QueueAtAsync(Session.AddHours(-25)));
        Assert.Equal(1, await QueueAtAsync(Session.AddHours(-24)));
        Assert.Equal(0, await QueueAtAsync(Session.AddHours(-23)));
        Assert.Equal(1, await QueueAtAsync(Session.AddHours(-2)));
        Assert.Equal(0, await QueueAtAsync(Session.AddMinutes(-30)));
        Assert.Equal(0, await QueueAtAsync(Session.AddHours(1)));

        var texts = await SentTextsAsync();
        Assert.Equal(2, texts.Count);
        Assert.StartsWith("یادآوری: فردا", texts[0]);
        Assert.StartsWith("یادآوری: نوبت شما امروز ساعت ۱۰:۳۰", texts[1]);
        Assert.All(texts, t => Assert.DoesNotContain("خانواده", t));
    }

    [Fact]
    public async Task Queue_ForACancelledBooking_SendsNothing()
    {
        await db.Bookings.ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.CancelledByUser));

        Assert.Equal(0, await QueueAtAsync(Session.AddHours(-1)));
        Assert.Empty(await SentTextsAsync());
    }

    [Fact]
    public async Task Queue_ForABookingMadeAfterTheDayReminderMoment_SkipsItButSendsTheHourOne()
    {
        await db.Bookings.ExecuteUpdateAsync(s => s.SetProperty(b => b.CreatedAt, Session.AddHours(-10)));

        Assert.Equal(0, await QueueAtAsync(Session.AddHours(-9)));
        Assert.Equal(1, await QueueAtAsync(Session.AddHours(-2)));
        Assert.Single(await SentTextsAsync());
    }

    [Fact]
    public async Task Queue_TheDayReminder_CarriesComingMoveAndCancelButtons()
    {
        await QueueAtAsync(Session.AddHours(-20));

        var message = (OutgoingText)Outgoing.Deserialize((await db.OutboxMessages.SingleAsync()).Payload);
        var buttons = message.Keyboard!.Rows.SelectMany(r => r).ToList();
        Assert.Equal(["می‌آیم", "تغییر زمان", "لغو نوبت"], buttons.Select(b => b.Text));
        Assert.All(buttons, b => Assert.NotNull(CallbackData.Parse(b.CallbackData)));
    }

    [Fact]
    public async Task Queue_TheHourReminderPastTheCancellationDeadline_OffersOnlyComing()
    {
        await QueueAtAsync(Session.AddHours(-2));

        var message = (OutgoingText)Outgoing.Deserialize((await db.OutboxMessages.SingleAsync()).Payload);
        Assert.Equal(["می‌آیم"], message.Keyboard!.Rows.SelectMany(r => r).Select(b => b.Text));
        Assert.Contains("با کتابخانه تماس بگیرید", message.Text);
    }

    [Fact]
    public async Task Promised_ForABookingMadeLessThanADayAhead_IsTheHourReminderOnly_AsQueued()
    {
        var booking = await db.Bookings.SingleAsync();
        booking.CreatedAt = Session.AddHours(-10);
        await db.SaveChangesAsync();

        Assert.Equal([TimeSpan.FromHours(2)], BookingReminders.Promised(booking, new CounselingOptions()));
        Assert.Equal(0, await QueueAtAsync(Session.AddHours(-9)));
        Assert.Equal(1, await QueueAtAsync(Session.AddHours(-2)));
        Assert.Single(await SentTextsAsync());
    }

    [Fact]
    public async Task Promised_ForABookingMadeDaysAhead_IsBothReminders()
    {
        var booking = await db.Bookings.SingleAsync();

        Assert.Equal([TimeSpan.FromHours(24), TimeSpan.FromHours(2)], BookingReminders.Promised(booking, new CounselingOptions()));
    }
}
