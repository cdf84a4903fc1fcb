using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Pricing;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Counseling;

/// <summary>Staff booking at the desk for a member: the bot's own rules, price and slot race, whether or not the person has the bot.</summary>
public sealed class StaffBookingOnSqliteTests() : StaffBookingTests(DatabaseProvider.Sqlite);

// The code under test has no provider-specific branch: the full suite runs this twin, the fast loop leaves it out.
[Trait("Category", "Slow")]
public sealed class StaffBookingOnPostgresTests() : StaffBookingTests(DatabaseProvider.Postgres);

public abstract class StaffBookingTests(DatabaseProvider provider) : IAsyncLifetime
{
    // Saturday 28 Azar 1405, 08:00 in Tehran.
    private static readonly DateTime Now = new(2026, 12, 19, 4, 30, 0, DateTimeKind.Utc);
    private const string Bot = "test";
    private const string Staff = "operator1";

    private DomainServices services = null!;
    private int libraryId;
    private int counselorId;

    public async Task InitializeAsync()
    {
        services = await DomainServices.StartAsync(new FakeTimeProvider(Now), provider);
        await using var db = services.Database.NewContext();
        var (library, counselor) = await Seed.CounselingAsync(db, "دهلران", (DayOfWeek.Monday, 9, 13));
        db.DiscountRules.Add(new DiscountRule { ServiceKind = ServiceKind.Counseling, Category = MemberCategory.LibraryMember, Percent = 30 });
        await db.SaveChangesAsync();
        (libraryId, counselorId) = (library.Id, counselor.Id);
    }

    public Task DisposeAsync() => services.DisposeAsync().AsTask();

    [Fact]
    public async Task BookForMember_TenDesksAndABotUserRaceForOneSlot_ExactlyOneBooking()
    {
        var slot = (await FreeSlotsAsync())[0];
        var members = new List<int>();
        for (var i = 1; i <= 10; i++)
        {
            members.Add(await AddMemberAsync(i, MemberCategory.Public, CategoryStatus.None, withBot: false));
        }

        var desks = members.Select(id => Task.Run(() => InScopeAsync(s => s.BookForMemberAsync(id, slot, CounselingTopic.Family, null, Staff, default))));
        var bot = Task.Run(() => InScopeAsync(s => s.BookAsync(new BookingRequest(Bot, 99, 99, slot, CounselingTopic.Family, null), default)));
        var results = await Task.WhenAll(desks.Append(bot));

        Assert.Single(results, r => r.Booking is not null);
        Assert.All(results.Where(r => r.Booking is null), r => Assert.Equal(BookingError.SlotTaken, r.Error));
        await using var db = services.Database.NewContext();
        Assert.Equal(1, await db.Bookings.CountAsync(b => b.CounselorId == slot.CounselorId && b.StartsAt == slot.StartsAt));
        Assert.DoesNotContain(slot, await FreeSlotsAsync());
    }

    [Theory]
    [InlineData(CategoryStatus.Verified, 1_400_000)]
    [InlineData(CategoryStatus.Pending, 2_000_000)]
    public async Task BookForMember_LibraryMember_PaysTheEngineQuoteAndTheDiscountOnlyOnceVerified(CategoryStatus status, long toPay)
    {
        var memberId = await AddMemberAsync(1, MemberCategory.LibraryMember, status, withBot: false);
        var slot = (await FreeSlotsAsync())[0];
        var preview = await InScopeAsync(s => s.QuoteForMemberAsync(memberId, slot.CounselorId, null, default));

        var booking = (await InScopeAsync(s => s.BookForMemberAsync(memberId, slot, CounselingTopic.Family, null, Staff, default))).Booking!;

        await using var db = services.Database.NewContext();
        var engine = PricingEngine.Quote(
            new PriceRequest(ServiceKind.Counseling, 2_000_000, status == CategoryStatus.Verified ? MemberCategory.LibraryMember : MemberCategory.Public,
                status == CategoryStatus.Pending ? MemberCategory.LibraryMember : null),
            await db.DiscountRules.ToListAsync(), null, Now);
        Assert.Equal(toPay, engine.ToPayRials);
        Assert.Equal((engine.BaseRials, engine.DiscountRials, engine.ToPayRials), (booking.BaseRials, booking.DiscountRials, booking.ToPayRials));
        Assert.Equal(engine.ToPayRials, preview.ToPayRials);
    }

    [Fact]
    public async Task BookForMember_WalkIn_HeldByTheMemberWithNoMessageAndTheBotsLimit()
    {
        var memberId = await AddMemberAsync(1, MemberCategory.Public, CategoryStatus.None, withBot: false);
        var slots = await FreeSlotsAsync();

        var first = await InScopeAsync(s => s.BookForMemberAsync(memberId, slots[0], CounselingTopic.Family, null, Staff, default));
        var again = await InScopeAsync(s => s.BookForMemberAsync(memberId, slots[0], CounselingTopic.Family, null, Staff, default));
        await InScopeAsync(s => s.BookForMemberAsync(memberId, slots[1], CounselingTopic.Family, null, Staff, default));
        var third = await InScopeAsync(s => s.BookForMemberAsync(memberId, slots[2], CounselingTopic.Family, null, Staff, default));

        Assert.Equal(first.Booking!.Id, again.Booking!.Id);
        Assert.Equal(BookingError.TooManyBookings, third.Error);
        await using var db = services.Database.NewContext();
        var stored = await db.Bookings.SingleAsync(b => b.Id == first.Booking.Id);
        Assert.Null(stored.BotName);
        Assert.Null(stored.UserId);
        Assert.Null(stored.ChatId);
        Assert.Equal((memberId, Staff), (stored.MemberId, stored.BookedBy));
        Assert.Empty(await db.OutboxMessages.ToListAsync());
    }

    [Fact]
    public async Task BookForMember_PersonWithTheBot_IsTheirsInTheBotAndTheBotTellsThem()
    {
        var memberId = await AddMemberAsync(7, MemberCategory.Public, CategoryStatus.None, withBot: true);
        var slot = (await FreeSlotsAsync())[0];

        var booking = (await InScopeAsync(s => s.BookForMemberAsync(memberId, slot, CounselingTopic.Family, null, Staff, default))).Booking!;

        var mine = await InScopeAsync(s => s.UpcomingAsync(Bot, 7, default));
        Assert.Equal(booking.Id, Assert.Single(mine).Id);
        await using var db = services.Database.NewContext();
        var message = await db.OutboxMessages.SingleAsync();
        Assert.Equal((Bot, 7L), (message.BotName, message.ChatId));
        var text = ((OutgoingText)Outgoing.Deserialize(message.Payload)).Text;
        Assert.Contains(PersianText.ToPersianDigits(booking.TrackingCode), text);
        Assert.Contains("کتابخانه عمومی دهلران", text);
        Assert.Contains("۲۰۰٬۰۰۰ تومان", text);
        Assert.DoesNotContain("مشاوره", text);
    }

    [Fact]
    public async Task BookForMember_SlotTakenMeanwhile_WritesNoMessageForTheBot()
    {
        var withBot = await AddMemberAsync(7, MemberCategory.Public, CategoryStatus.None, withBot: true);
        var slot = (await FreeSlotsAsync())[0];
        await InScopeAsync(s => s.BookAsync(new BookingRequest(Bot, 99, 99, slot, CounselingTopic.Family, null), default));

        var refused = await InScopeAsync(s => s.BookForMemberAsync(withBot, slot, CounselingTopic.Family, null, Staff, default));

        Assert.Equal(BookingError.SlotTaken, refused.Error);
        await using var db = services.Database.NewContext();
        Assert.Empty(await db.OutboxMessages.ToListAsync());
    }

    private Task<IReadOnlyList<Slot>> FreeSlotsAsync() =>
        services.InScopeAsync<CounselingSchedule, IReadOnlyList<Slot>>(s => s.FreeSlotsAsync(libraryId, [counselorId], default));

    private Task<T> InScopeAsync<T>(Func<BookingService, Task<T>> work) => services.InScopeAsync(work);

    private async Task<int> AddMemberAsync(long n, MemberCategory category, CategoryStatus status, bool withBot)
    {
        await using var db = services.Database.NewContext();
        var member = Seed.Member(libraryId, n, category, status, withBot ? Bot : null, createdAt: Now);
        db.Members.Add(member);
        await db.SaveChangesAsync();
        return member.Id;
    }
}
