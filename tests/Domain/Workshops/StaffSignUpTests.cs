using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Pricing;
using RahZendegi.Domain.Workshops;
using RahZendegi.Domain.Data;

namespace RahZendegi.Tests.Domain.Workshops;

/// <summary>Staff register a member at the desk through the bot's own sign-up: the same seats, waiting list and price.</summary>
public sealed class StaffSignUpOnSqliteTests() : StaffSignUpTests(DatabaseProvider.Sqlite);

public sealed class StaffSignUpOnPostgresTests() : StaffSignUpTests(DatabaseProvider.Postgres);

public abstract class StaffSignUpTests(DatabaseProvider provider) : IAsyncLifetime
{
    private WorkshopTestBed bed = null!;

    public async Task InitializeAsync() => bed = await WorkshopTestBed.CreateAsync(provider);

    public async Task DisposeAsync() => await bed.DisposeAsync();

    [Fact]
    public async Task SignUpForMember_FullWorkshop_WalkInWaitsAsABotUserWould()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 1);
        await bed.SignUpAsync(1, workshopId);
        var botWaiter = await bed.SignUpAsync(2, workshopId);
        var walkIn = await bed.AddWalkInMemberAsync(1);

        var result = await bed.SignUpForMemberAsync(walkIn, workshopId);

        Assert.Equal(SignUpOutcome.Waiting, botWaiter.Outcome);
        Assert.Equal((SignUpOutcome.Waiting, 2), (result.Outcome, result.WaitingPosition));
        Assert.Null(result.Registration!.Seat);
        Assert.Equal(1, await bed.SeatsHeldAsync(workshopId));
    }

    [Fact]
    public async Task SignUpForMember_WalkIns_SeatAtTheEnginesPriceDiscountOnlyOnceVerifiedAndNoMessage()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 5, price: 3_000_000);
        var verified = await bed.AddWalkInMemberAsync(1, MemberCategory.LibraryMember, CategoryStatus.Verified);
        var pending = await bed.AddWalkInMemberAsync(2, MemberCategory.LibraryMember, CategoryStatus.Pending);

        var free = await bed.SignUpForMemberAsync(verified, workshopId);
        var full = await bed.SignUpForMemberAsync(pending, workshopId);

        await using var db = bed.NewContext();
        var rules = await db.DiscountRules.ToListAsync();
        var engineVerified = PricingEngine.Quote(new PriceRequest(ServiceKind.Workshop, 3_000_000, MemberCategory.LibraryMember), rules, null, WorkshopTestBed.Start);
        var enginePending = PricingEngine.Quote(new PriceRequest(ServiceKind.Workshop, 3_000_000, MemberCategory.Public, MemberCategory.LibraryMember),
            rules, null, WorkshopTestBed.Start);
        Assert.Equal((SignUpOutcome.Confirmed, 1), (free.Outcome, free.Registration!.Seat));
        Assert.Equal((0L, 3_000_000L), (engineVerified.ToPayRials, enginePending.ToPayRials));
        Assert.Equal(engineVerified.ToPayRials, free.Registration.ToPayRials);
        Assert.Equal(enginePending.ToPayRials, full.Registration!.ToPayRials);
        var stored = await db.WorkshopRegistrations.SingleAsync(r => r.Id == free.Registration.Id);
        Assert.Equal((verified, "operator1"), (stored.MemberId, stored.RegisteredBy));
        Assert.Null(stored.ChatId);
        Assert.Empty(await bed.OutboxAsync());
    }

    [Fact]
    public async Task SignUpForMember_SameWalkInFromTwoDesksAtOnce_OneRegistration()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 10);
        var walkIn = await bed.AddWalkInMemberAsync(1);

        var results = await Task.WhenAll(Enumerable.Range(1, 10).Select(_ => Task.Run(() => bed.SignUpForMemberAsync(walkIn, workshopId))));

        var registration = Assert.Single(results, r => r.Outcome == SignUpOutcome.Confirmed).Registration!;
        Assert.All(results.Where(r => r.Outcome != SignUpOutcome.Confirmed), r => Assert.Equal(registration.Id, r.Registration!.Id));
        Assert.Equal(1, await bed.SeatsHeldAsync(workshopId));
    }

    [Fact]
    public async Task SignUpForMember_PersonWithTheBot_TheirsInTheBotAndTold()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 5);
        await bed.AddMemberAsync(7, MemberCategory.Public, CategoryStatus.None);

        var result = await bed.SignUpForMemberAsync(await bed.MemberIdAsync(7), workshopId);

        Assert.Equal(SignUpOutcome.Confirmed, result.Outcome);
        var mine = await bed.InLaneAsync(l => l.Service.MyRegistrationsAsync(WorkshopTestBed.Bot, 7, default));
        Assert.Equal(result.Registration!.Id, Assert.Single(mine).Registration.Id);
        var (chatId, message) = Assert.Single(await bed.OutboxAsync());
        Assert.Equal(7, chatId);
        Assert.Contains("شمارهٔ صندلی شما: ۱", message.Text);
        Assert.Contains("۳۰۰٬۰۰۰ تومان", message.Text);
    }

    [Fact]
    public async Task Cancel_BeforeAWalkInWaiter_OffersThemTheSeatWithoutABotMessageAndStaffConfirmIt()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 1);
        var seat = await bed.SignUpAsync(1, workshopId);
        var walkIn = await bed.AddWalkInMemberAsync(1);
        var other = await bed.AddWalkInMemberAsync(2);
        var waiting = await bed.SignUpForMemberAsync(walkIn, workshopId);

        await bed.CancelAsync(1, seat.Registration!.Id);
        var offered = await bed.RegistrationAsync(waiting.Registration!.Id);
        var byAnother = await bed.InLaneAsync(l => l.Service.ConfirmOfferForMemberAsync(offered.Id, other, default));
        var confirmed = await bed.InLaneAsync(l => l.Service.ConfirmOfferForMemberAsync(offered.Id, walkIn, default));

        Assert.Equal((RegistrationStatus.Offered, 1), (offered.Status, offered.Seat));
        Assert.Empty(await bed.OutboxAsync());
        Assert.Equal(ConfirmOfferOutcome.NotFound, byAnother.Outcome);
        Assert.Equal(ConfirmOfferOutcome.Confirmed, confirmed.Outcome);
        Assert.Equal((RegistrationStatus.Confirmed, 1), ((await bed.RegistrationAsync(offered.Id)).Status, (await bed.RegistrationAsync(offered.Id)).Seat));
    }
}
