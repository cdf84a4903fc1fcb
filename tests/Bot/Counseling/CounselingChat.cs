using Microsoft.EntityFrameworkCore;
using RahZendegi.Bot.Counseling;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Counseling;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Counseling;

/// <summary>What the counselling chat tests share: the demo data's names, the walk to a summary, bookings made directly.</summary>
internal static class CounselingChat
{
    public const string Family = "خانواده و ازدواج";
    public const string Library = "کتابخانه عمومی مرکزی ایلام";
    public const string Counselor = "مریم احمدی (خانم)";

    /// <summary>Walks to the summary of the first free time with the chosen counsellor and returns it.</summary>
    public static async Task<SandboxMessage> ReachSummaryAsync(ChatScript person, string counselor = Counselor)
    {
        Assert.EndsWith(CounselingTexts.AskTopic, (await person.SayAsync("رزرو مشاوره")).Text);
        Assert.Equal(CounselingTexts.AskLibrary, (await person.SayAsync(Family)).Text);
        Assert.Equal(CounselingTexts.AskCounselor, (await person.SayAsync(Library)).Text);
        var days = await person.SayAsync(counselor);
        Assert.Equal(CounselingTexts.AskDay, days.Text);
        var times = await person.SayAsync(days.ReplyButtons.First().Text);
        Assert.Equal(CounselingTexts.AskTime, times.Text);
        return await person.SayAsync(times.ReplyButtons.First().Text);
    }

    public static async Task<List<Booking>> BookingsOfAsync(BotTestHost host, ChatScript person)
    {
        await using var db = host.Database.NewContext();
        return await db.Bookings.Where(b => b.UserId == person.UserId).OrderBy(b => b.Id).ToListAsync();
    }

    public static Booking PastBooking(long userId, string code, BookingStatus status, int daysAgo) => new()
    {
        TrackingCode = code, BotName = BotTestHost.BotName, UserId = userId, ChatId = userId, CounselorId = 1, LibraryId = 1,
        Topic = CounselingTopic.Family, StartsAt = DateTime.UtcNow.AddDays(-daysAgo), EndsAt = DateTime.UtcNow.AddDays(-daysAgo).AddMinutes(45),
        Status = status, CreatedAt = DateTime.UtcNow.AddDays(-daysAgo - 3),
    };

    /// <summary>A confirmed booking made three days ago, starting after the given time from now.</summary>
    public static async Task<int> AddBookingAsync(BotTestHost host, long userId, TimeSpan startsIn)
    {
        await using var db = host.Database.NewContext();
        var booking = PastBooking(userId, "8000001", BookingStatus.Confirmed, daysAgo: 0);
        booking.StartsAt = DateTime.UtcNow + startsIn;
        booking.EndsAt = booking.StartsAt.AddMinutes(45);
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking.Id;
    }
}
