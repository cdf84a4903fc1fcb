using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RahZendegi.Bot.Counseling;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Payments;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Tests.Support;
using static RahZendegi.Tests.Bot.Counseling.CounselingChat;

namespace RahZendegi.Tests.Bot.Counseling;

/// <summary>«نوبت‌های من» and the buttons on bookings (the list's, reminders', staff notices'), through the sandbox chat.</summary>
public sealed class MyBookingsOnSqliteTests() : MyBookingsTests(DatabaseProvider.Sqlite);

// The flow has no provider-specific branch (the pipeline's are tested by UpdatePipelineOnPostgresTests): the full suite runs
// this twin, the fast loop leaves it out.
[Trait("Category", "Slow")]
public sealed class MyBookingsOnPostgresTests() : MyBookingsTests(DatabaseProvider.Postgres);

public abstract class MyBookingsTests(DatabaseProvider provider) : IAsyncLifetime
{
    private BotTestHost host = null!;
    private ChatScript me = null!;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync(h => h.Settings["Demo:Seed"] = "true", provider);
        me = new ChatScript(host.Chat, host.Sandbox.Emulator.AddUser().Id);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task MyBookings_Cancel_AsksFirstThenFreesTheSlot()
    {
        await ReachSummaryAsync(me);
        await me.SayAsync(CounselingTexts.ConfirmButton);

        var card = await me.SayAsync("نوبت‌های من");
        Assert.Contains("کد پیگیری", card.Text);
        Assert.Equal(MainMenuTexts.MenuPrompt, (await me.NextAsync()).Text);
        var question = await PressAsync(card, "لغو نوبت");

        Assert.StartsWith("آیا مطمئن هستید؟", question.Text);
        Assert.Contains(CounselingTexts.NothingPaid, question.Text);
        Assert.Equal(["بله، نوبت لغو شود", "نه، نوبت بماند"], question.InlineButtons.Select(b => b.Text));
        Assert.Equal(BookingStatus.Confirmed, Assert.Single(await BookingsOfAsync(host, me)).Status);

        Assert.Equal(CounselingTexts.Cancelled, (await PressAsync(question, "بله، نوبت لغو شود")).Text);
        Assert.Equal(BookingStatus.CancelledByUser, Assert.Single(await BookingsOfAsync(host, me)).Status);
        Assert.Equal(CounselingTexts.NoBookings, (await me.SayAsync("نوبت‌های من")).Text);
    }

    [Fact]
    public async Task MyBookings_CancelThenKeep_LeavesTheBookingAsItWas()
    {
        await ReachSummaryAsync(me);
        await me.SayAsync(CounselingTexts.ConfirmButton);
        var card = await me.SayAsync("نوبت‌های من");
        await me.NextAsync();

        var question = await PressAsync(card, "لغو نوبت");

        Assert.Equal(CounselingTexts.Kept, (await PressAsync(question, "نه، نوبت بماند")).Text);
        Assert.Equal(BookingStatus.Confirmed, Assert.Single(await BookingsOfAsync(host, me)).Status);
    }

    [Fact]
    public async Task MyBookings_CancelAPaidBooking_SaysThePaymentIsGivenBackAtTheDesk()
    {
        await ReachSummaryAsync(me);
        await me.SayAsync(CounselingTexts.ConfirmButton);
        var bookingId = Assert.Single(await BookingsOfAsync(host, me)).Id;
        await using (var db = host.Database.NewContext())
        {
            var payment = await db.Payments.SingleAsync(p => p.BookingId == bookingId);
            Assert.True(payment.DueRials > 0);
            (payment.Status, payment.Method, payment.SettledAt, payment.SettledBy) = (PaymentStatus.Paid, PaymentMethod.DeskCash, DateTime.UtcNow, "desk");
            await db.SaveChangesAsync();
        }

        var card = await me.SayAsync("نوبت‌های من");
        await me.NextAsync();
        var question = await PressAsync(card, "لغو نوبت");
        Assert.Contains("که پرداخت کرده‌اید، در پیشخوان " + Library + " به شما برگردانده می‌شود.", question.Text);
        Assert.Contains("تومان", question.Text);

        var done = await PressAsync(question, "بله، نوبت لغو شود");

        Assert.StartsWith(CounselingTexts.Cancelled, done.Text);
        Assert.Contains("به شما برگردانده می‌شود", done.Text);
        await using var check = host.Database.NewContext();
        Assert.Equal(PaymentStatus.Refunded, (await check.Payments.SingleAsync(p => p.BookingId == bookingId)).Status);
    }

    private async Task<SandboxMessage> PressAsync(SandboxMessage message, string button)
    {
        host.Chat.PressButton(me.UserId, message.MessageId, message.InlineButtons.Single(b => b.Text == button).CallbackData!);
        return await me.NextAsync();
    }

    [Fact]
    public async Task MyBookings_Move_TakesTheNewTimeAndFreesTheOld()
    {
        await ReachSummaryAsync(me);
        await me.SayAsync(CounselingTexts.ConfirmButton);
        var card = await me.SayAsync("نوبت‌های من");
        await me.NextAsync();

        host.Chat.PressButton(me.UserId, card.MessageId, card.InlineButtons.Single(b => b.Text == "تغییر زمان").CallbackData!);
        var days = await me.NextAsync();
        Assert.Equal(CounselingTexts.AskDay, days.Text);
        var times = await me.SayAsync(days.ReplyButtons.Skip(1).First().Text);
        var summary = await me.SayAsync(times.ReplyButtons.First().Text);
        Assert.StartsWith("تغییر زمان نوبت:", summary.Text);
        var done = await me.SayAsync(CounselingTexts.ConfirmMoveButton);

        Assert.StartsWith("زمان نوبت شما تغییر کرد", done.Text);
        var all = await BookingsOfAsync(host, me);
        Assert.Equal([BookingStatus.Rescheduled, BookingStatus.Confirmed], all.Select(b => b.Status));
        Assert.True(all[1].StartsAt > all[0].StartsAt);
        Assert.Equal(all[0].ToPayRials, all[1].ToPayRials);
    }

    [Fact]
    public async Task Reminder_DueForABooking_ArrivesWithThreeButtonsAndNoTopic()
    {
        var booking = await AddBookingAsync(host, me.UserId, startsIn: TimeSpan.FromHours(20));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<BookingReminders>().QueueDueAsync(CancellationToken.None));
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<BookingReminders>().QueueDueAsync(CancellationToken.None));
        }

        var reminder = await me.NextAsync();
        Assert.StartsWith("یادآوری: فردا", reminder.Text);
        Assert.DoesNotContain("خانواده", reminder.Text);
        Assert.DoesNotContain("مشاور", reminder.Text);
        Assert.Equal(["می‌آیم", "تغییر زمان", "لغو نوبت"], reminder.InlineButtons.Select(b => b.Text));

        host.Chat.PressButton(me.UserId, reminder.MessageId, reminder.InlineButtons.First().CallbackData!);
        Assert.Equal(CounselingTexts.ComingThanks, (await me.NextAsync()).Text);
        await using var db = host.Database.NewContext();
        Assert.NotNull((await db.Bookings.SingleAsync(b => b.Id == booking)).ComingConfirmedAt);
    }

    [Fact]
    public async Task Reminder_PastTheCancellationDeadline_OffersNeitherCancelNorMove()
    {
        await AddBookingAsync(host, me.UserId, startsIn: TimeSpan.FromMinutes(90));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<BookingReminders>().QueueDueAsync(CancellationToken.None));
        }

        var reminder = await me.NextAsync();
        Assert.StartsWith("یادآوری: نوبت شما امروز", reminder.Text);
        Assert.Contains("با کتابخانه تماس بگیرید", reminder.Text);
        Assert.Equal(["می‌آیم"], reminder.InlineButtons.Select(b => b.Text));
    }

    [Fact]
    public async Task CancelOrMove_LessThanTheDeadlineBefore_IsNotOfferedAndAnOldButtonSaysToCallTheLibrary()
    {
        var booking = await AddBookingAsync(host, me.UserId, startsIn: TimeSpan.FromHours(1));
        var card = await me.SayAsync("نوبت‌های من");
        await me.NextAsync();
        Assert.Empty(card.InlineButtons);
        Assert.Contains("کمتر از ۳ ساعت به نوبت مانده", card.Text);

        // Buttons from an earlier list or reminder, pressed after the deadline.
        host.Chat.PressButton(me.UserId, card.MessageId, $"bk:cancel:{booking}");
        Assert.StartsWith("کمتر از ۳ ساعت به نوبت مانده", (await me.NextAsync()).Text);
        host.Chat.PressButton(me.UserId, card.MessageId, $"bk:move:{booking}");
        Assert.StartsWith("کمتر از ۳ ساعت به نوبت مانده", (await me.NextAsync()).Text);

        await using var db = host.Database.NewContext();
        Assert.Equal(BookingStatus.Confirmed, (await db.Bookings.SingleAsync(b => b.Id == booking)).Status);
    }

    [Fact]
    public async Task StaffCancellation_TellsTheReasonAndOffersAnotherTime()
    {
        var booking = await AddBookingAsync(host, me.UserId, startsIn: TimeSpan.FromDays(2));

        await host.Services.AsStaffAsync<BookingService, CancelOutcome>(s => s.CancelByStaffAsync(booking, "بیماری مشاور", CancellationToken.None));

        var notice = await me.NextAsync();
        Assert.Contains("دلیل: بیماری مشاور", notice.Text);
        host.Chat.PressButton(me.UserId, notice.MessageId, notice.InlineButtons.Single().CallbackData!);
        Assert.Equal(CounselingTexts.AskDay, (await me.NextAsync()).Text);
    }
}
