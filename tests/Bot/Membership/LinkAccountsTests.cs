using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RahZendegi.Bot.Counseling;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Bot.Membership;
using RahZendegi.Bot.Privacy;
using RahZendegi.Bot.Sandbox;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Persian;
using RahZendegi.Tests.Bot.Counseling;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Bot.Membership;

/// <summary>
/// One person on two messengers: a Telegram bot and a Bale bot in one host and one sandbox, whose users are the same
/// people. Joining on the second messenger, or after registering at the desk, links the account by the person's own
/// number instead of refusing the national ID.
/// </summary>
public sealed class LinkAccountsTests : IAsyncLifetime
{
    private const string NationalId = "5260181591";
    private const string Library = "کتابخانه عمومی مرکزی ایلام";
    private const string Phone = "+989123456789";

    private BotTestHost host = null!;
    private long userId;
    private ChatScript onTelegram = null!;
    private ChatScript onBale = null!;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync(h =>
        {
            h.Settings["Demo:Seed"] = "true";
            h.AddBaleBot();
        });
        userId = host.Sandbox.Emulator.AddUser().Id;
        onTelegram = new ChatScript(host.Chat, userId);
        onBale = new ChatScript(host.BaleChat, userId);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static async Task RegisterAsync(ChatScript person)
    {
        await person.SayAsync("عضویت در کتابخانه");
        await person.SayAsync(PrivacyTexts.ConsentButton);
        await person.SayAsync(MemberCategoryNames.Public);
        await person.SayAsync("زهرا محمدی");
        await person.SayAsync(NationalId);
        await person.SayAsync("09123456789");
        await person.SayAsync("ایلام");
        await person.SayAsync("ایلام");
        await person.SayAsync(Library);
        await person.SayAsync(MembershipTexts.ConfirmButton);
        await person.NextAsync();
        await person.NextAsync();
    }

    /// <summary>Starts joining and reaches the question that asks for the person's own number.</summary>
    private static async Task<SandboxMessage> ReachLinkAsync(ChatScript person)
    {
        await person.SayAsync("عضویت در کتابخانه");
        await person.SayAsync(PrivacyTexts.ConsentButton);
        await person.SayAsync(MemberCategoryNames.Public);
        await person.SayAsync("زهرا محمدی");
        return await person.SayAsync(NationalId);
    }

    private async Task<Member> TheMemberAsync()
    {
        await using var db = host.Database.NewContext();
        return await db.Members.Include(m => m.Accounts).SingleAsync(m => m.NationalId == NationalId);
    }

    [Fact]
    public async Task Link_RegisteredOnTelegramThenOwnNumberOnBale_SameMemberAndSameBooking()
    {
        await RegisterAsync(onTelegram);
        var number = (await TheMemberAsync()).MembershipNumber;
        await CounselingChat.AddBookingAsync(host, userId, TimeSpan.FromHours(20));

        var ask = await ReachLinkAsync(onBale);
        Assert.Equal(MembershipTexts.AskLinkPhone, ask.Text);
        Assert.True(Assert.Single(ask.ReplyButtons, b => b.Text == MembershipTexts.SharePhoneButton).RequestContact);

        // Bale, as Telegram, gives the number with its country code and no plus sign; the sandbox's Bale bot sends it as a
        // JSON number, as Bale may, which Telegram.Bot alone would refuse.
        var linked = await onBale.ShareContactAsync("989123456789");
        Assert.Equal(MembershipTexts.Linked(PersianText.ToPersianDigits(number)), linked.Text);
        Assert.Equal(SandboxMessageKind.Photo, (await onBale.NextAsync()).Kind);
        Assert.Equal(MainMenuTexts.MenuPrompt, (await onBale.NextAsync()).Text);

        var member = await TheMemberAsync();
        Assert.Equal(number, member.MembershipNumber);
        Assert.Equal([BotTestHost.BaleBotName, BotTestHost.BotName], member.Accounts.Select(a => a.BotName).Order());

        var bookings = await onBale.SayAsync("نوبت‌های من");
        Assert.Contains(PersianText.ToPersianDigits("8000001"), bookings.Text);
        await onBale.NextAsync();
        Assert.StartsWith("شما عضو کتابخانه هستید.", (await onBale.SayAsync("عضویت در کتابخانه")).Text);

        // The booking was made on Telegram; its reminder goes to Bale, the messenger used last.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<BookingReminders>().QueueDueAsync(CancellationToken.None));
        }

        await using var db = host.Database.NewContext();
        var reminder = await db.OutboxMessages.SingleAsync(o => o.Kind == OutboxKind.Reminder);
        Assert.Equal((BotTestHost.BaleBotName, userId), (reminder.BotName, reminder.ChatId));
    }

    [Fact]
    public async Task Link_SomeoneElsesContact_IsRefusedAndTheQuestionStays()
    {
        await RegisterAsync(onTelegram);
        var stranger = host.Sandbox.Emulator.AddUser();
        var someone = new ChatScript(host.BaleChat, stranger.Id);
        await ReachLinkAsync(someone);

        // The owner's number, forwarded as a contact card: its user id is the owner's, not the sender's.
        var refused = await someone.ShareContactAsync(Phone, ownerId: userId);

        Assert.Equal($"{MembershipTexts.LinkNotOwnContact}\n{MembershipTexts.LinkDesk}\n\n{MembershipTexts.AskLinkPhone}", refused.Text);
        Assert.Equal(
            $"{MembershipTexts.LinkNeedsContact}\n\n{MembershipTexts.AskLinkPhone}", (await someone.SayAsync("09123456789")).Text);
        var member = await TheMemberAsync();
        Assert.Equal((BotTestHost.BotName, userId), (member.BotName!, member.UserId!.Value));
        Assert.Single(member.Accounts);
    }

    [Fact]
    public async Task Link_WalkInRegisteredAtTheDesk_LinksTheSameWayAndIsToldThingsThere()
    {
        var libraryId = await WithLibraryPhoneAsync("08433334444");
        var walkIn = await host.Services.AsStaffAsync<MembershipService, RegistrationResult>(m => m.RegisterAtDeskAsync(
            MemberCategory.LibraryMember, "زهرا محمدی", NationalId, Phone, libraryId, CancellationToken.None));
        Assert.Equal(RegistrationError.None, walkIn.Error);

        var wrong = await ReachLinkAsync(onTelegram);
        Assert.Equal(MembershipTexts.AskLinkPhone, wrong.Text);
        var mismatch = await onTelegram.ShareContactAsync("+989351112233");
        Assert.Equal(
            $"{MembershipTexts.LinkPhoneMismatch}\n{MembershipTexts.LinkDesk}\n\n{MembershipTexts.AskLinkPhone}", mismatch.Text);

        var linked = await onTelegram.ShareContactAsync(Phone);
        Assert.Equal(MembershipTexts.Linked(PersianText.ToPersianDigits(walkIn.Member!.MembershipNumber)), linked.Text);
        await onTelegram.NextAsync();
        await onTelegram.NextAsync();
        var member = await TheMemberAsync();
        Assert.Equal((BotTestHost.BotName, userId, userId), (member.BotName!, member.UserId!.Value, member.ChatId!.Value));

        // A desk member who linked a bot hears of their claim's decision there.
        await host.Services.AsStaffAsync<CategoryVerification, DecisionOutcome>(v => v.VerifyAsync(member.Id, CancellationToken.None));
        Assert.Equal(MembershipNotices.Verified(MemberCategoryNames.LibraryMember), (await onTelegram.NextAsync()).Text);
    }

    [Fact]
    public async Task Link_WalkInWithADeskBooking_TheReminderReachesTheLinkedChat()
    {
        var libraryId = await WithLibraryPhoneAsync("08433334444");
        var walkIn = await host.Services.AsStaffAsync<MembershipService, RegistrationResult>(m => m.RegisterAtDeskAsync(
            MemberCategory.LibraryMember, "زهرا محمدی", NationalId, Phone, libraryId, CancellationToken.None));
        await using (var db = host.Database.NewContext())
        {
            // Booked at the desk three days ago for tomorrow: no chat to remind then.
            var desk = CounselingChat.PastBooking(userId, "8000002", BookingStatus.Confirmed, daysAgo: 0);
            (desk.BotName, desk.UserId, desk.ChatId, desk.MemberId, desk.BookedBy) = (null, null, null, walkIn.Member!.Id, "operator");
            (desk.StartsAt, desk.EndsAt) = (DateTime.UtcNow.AddHours(20), DateTime.UtcNow.AddHours(20).AddMinutes(45));
            db.Bookings.Add(desk);
            await db.SaveChangesAsync();
        }

        await ReachLinkAsync(onBale);
        await onBale.ShareContactAsync("989123456789");
        await onBale.NextAsync();
        await onBale.NextAsync();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<BookingReminders>().QueueDueAsync(CancellationToken.None));
        }

        var reminder = await onBale.NextAsync();
        Assert.StartsWith("یادآوری", reminder.Text);
        Assert.Contains(PersianText.ToPersianDigits("8000002"), reminder.Text);
    }

    private async Task<int> WithLibraryPhoneAsync(string phone)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var library = await db.Libraries.SingleAsync(l => l.Name == Library);
        library.Phone = phone;
        await db.SaveChangesAsync();
        return library.Id;
    }
}
