using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RahZendegi.Bot.Counseling;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Persian;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Counseling;

/// <summary>«خبرم کن»: a full day, a wish to be told, a freed slot held and offered in order, taken with one tap.</summary>
public sealed class NotifyMeTests : IAsyncLifetime
{
    private const int Counselor = 1;
    private const int Library = 1;

    private BotTestHost host = null!;
    private IReadOnlyList<Slot> fullDay = [];
    private List<int> others = [];

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync(h => h.Settings["Demo:Seed"] = "true");
        await using var scope = host.Services.CreateAsyncScope();
        var slots = await scope.ServiceProvider.GetRequiredService<CounselingSchedule>().FreeSlotsAsync(Library, [Counselor], CancellationToken.None);
        fullDay = SlotFinder.GroupByLocalDate(slots)[0].Slots;

        // Other people take every slot of the first free day with this counsellor.
        await using var db = host.Database.NewContext();
        var bookings = fullDay.Select((slot, i) => new Booking
        {
            TrackingCode = $"700000{i}", BotName = BotTestHost.BotName, UserId = 9000 + i, ChatId = 9000 + i, CounselorId = Counselor,
            LibraryId = Library, Topic = CounselingTopic.Family, StartsAt = slot.StartsAt, EndsAt = slot.EndsAt,
            Status = BookingStatus.Confirmed, CreatedAt = DateTime.UtcNow,
        }).ToList();
        db.Bookings.AddRange(bookings);
        await db.SaveChangesAsync();
        others = [.. bookings.Select(b => b.Id)];
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private string FullDayLabel => JalaliDate.FromUtc(fullDay[0].StartsAt).FormatDayAndMonth();

    private async Task<ChatScript> WatchTheFullDayAsync()
    {
        var person = new ChatScript(host.Chat, host.Sandbox.Emulator.AddUser().Id);
        await person.SayAsync("رزرو مشاوره");
        await person.SayAsync("خانواده و ازدواج");
        await person.SayAsync("کتابخانه عمومی مرکزی ایلام");
        var days = await person.SayAsync("مریم احمدی (خانم)");
        Assert.DoesNotContain(FullDayLabel, days.ReplyButtons.Select(b => b.Text));
        Assert.Equal(CounselingTexts.AskWatchDay, (await person.SayAsync(CounselingTexts.NotifyMeButton)).Text);
        Assert.Equal(CounselingTexts.Watching("۱۵"), (await person.SayAsync(FullDayLabel)).Text);
        return person;
    }

    private async Task<int> MatchAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SlotWatches>().MatchAsync(CancellationToken.None);
    }

    private async Task FreeOneSlotAsync()
    {
        await host.Services.AsStaffAsync<BookingService, CancelOutcome>(s => s.CancelByStaffAsync(others[1], "جابه‌جایی به درخواست مراجع", CancellationToken.None));
    }

    [Fact]
    public async Task FreedSlot_OnTheDayAskedFor_IsOfferedAndTakenWithOneTap()
    {
        var me = await WatchTheFullDayAsync();
        Assert.Equal(0, await MatchAsync());

        await FreeOneSlotAsync();
        Assert.Equal(1, await MatchAsync());

        var offer = await me.NextAsync();
        Assert.StartsWith("نوبتی که منتظرش بودید آزاد شد", offer.Text);
        Assert.DoesNotContain("خانواده", offer.Text);
        host.Chat.PressButton(me.UserId, offer.MessageId, offer.InlineButtons.Single().CallbackData!);
        Assert.StartsWith("نوبت شما ثبت شد", (await me.NextAsync()).Text);

        await using var db = host.Database.NewContext();
        var mine = await db.Bookings.SingleAsync(b => b.UserId == me.UserId);
        Assert.Equal((BookingStatus.Confirmed, fullDay[1].StartsAt, 2_000_000L), (mine.Status, mine.StartsAt, mine.ToPayRials));
    }

    [Fact]
    public async Task Hold_NotTakenInTime_GoesToTheNextPersonWaiting()
    {
        var first = await WatchTheFullDayAsync();
        var second = await WatchTheFullDayAsync();
        await FreeOneSlotAsync();
        Assert.Equal(1, await MatchAsync());
        var firstOffer = await first.NextAsync();

        await using (var db = host.Database.NewContext())
        {
            // The hold's time passes.
            await db.Bookings.Where(b => b.Status == BookingStatus.Held)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.HeldUntil, DateTime.UtcNow.AddMinutes(-1)));
        }

        Assert.Equal(1, await MatchAsync());
        var secondOffer = await second.NextAsync();
        Assert.StartsWith("نوبتی که منتظرش بودید آزاد شد", secondOffer.Text);

        host.Chat.PressButton(first.UserId, firstOffer.MessageId, firstOffer.InlineButtons.Single().CallbackData!);
        Assert.Equal(CounselingTexts.OfferGone, (await first.NextAsync()).Text);
    }
}
