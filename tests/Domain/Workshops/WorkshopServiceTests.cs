using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Pricing;
using RahZendegi.Domain.Workshops;
using RahZendegi.Domain.Data;

namespace RahZendegi.Tests.Domain.Workshops;

public sealed class WorkshopServiceOnSqliteTests() : WorkshopServiceTests(DatabaseProvider.Sqlite);

public sealed class WorkshopServiceOnPostgresTests() : WorkshopServiceTests(DatabaseProvider.Postgres);

public abstract class WorkshopServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private WorkshopTestBed bed = null!;

    public async Task InitializeAsync() => bed = await WorkshopTestBed.CreateAsync(provider);

    public async Task DisposeAsync() => await bed.DisposeAsync();

    private Task<PriceQuote?> QuoteAsync(long userId, int workshopId) =>
        bed.InLaneAsync(l => l.Service.QuoteAsync(WorkshopTestBed.Bot, userId, workshopId, default));

    [Theory]
    [InlineData(MemberCategory.CommitteeClient, CategoryStatus.Verified, 0L, false)]
    [InlineData(MemberCategory.LibraryStaff, CategoryStatus.Verified, 0L, false)]
    [InlineData(MemberCategory.LibraryMember, CategoryStatus.Verified, 0L, false)]
    [InlineData(MemberCategory.CommitteeClient, CategoryStatus.Pending, 3_000_000L, true)]
    [InlineData(MemberCategory.CommitteeStaffOrFamily, CategoryStatus.Verified, 3_000_000L, false)]
    [InlineData(MemberCategory.Public, CategoryStatus.None, 3_000_000L, false)]
    public async Task Quote_EmpowermentWorkshopByCategory_FreeOnlyForVerifiedArticleCategories(
        MemberCategory category, CategoryStatus status, long toPay, bool pending)
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 10, price: 3_000_000);
        await bed.AddMemberAsync(5, category, status);

        var quote = await QuoteAsync(5, workshopId);

        Assert.Equal((3_000_000L, toPay, pending), (quote!.BaseRials, quote.ToPayRials, quote.CategoryPending));
    }

    [Fact]
    public async Task SignUp_VerifiedCommitteeClientAndStranger_RecordsEachOnesPrice()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 10, price: 3_000_000);
        await bed.AddMemberAsync(5, MemberCategory.CommitteeClient, CategoryStatus.Verified);

        var client = (await bed.SignUpAsync(5, workshopId)).Registration!;
        var stranger = (await bed.SignUpAsync(6, workshopId)).Registration!;

        Assert.Equal((3_000_000L, 3_000_000L, 0L), (client.BaseRials, client.DiscountRials, client.ToPayRials));
        Assert.Equal((3_000_000L, 0L, 3_000_000L), (stranger.BaseRials, stranger.DiscountRials, stranger.ToPayRials));
    }

    [Fact]
    public async Task Quote_UnknownWorkshop_IsNull() => Assert.Null(await QuoteAsync(5, 404));

    [Fact]
    public async Task SignUp_AfterTheDeadline_IsClosed()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 10, deadlineIn: TimeSpan.FromDays(1));
        bed.Time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(SignUpOutcome.Closed, (await bed.SignUpAsync(1, workshopId)).Outcome);
    }

    [Fact]
    public async Task SignUp_CancelledWorkshop_IsClosed()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 10, status: WorkshopStatus.Cancelled);

        Assert.Equal(SignUpOutcome.Closed, (await bed.SignUpAsync(1, workshopId)).Outcome);
    }

    [Fact]
    public async Task SignUp_ThatReadTheWorkshopJustBeforeItWasCancelled_IsClosedAndLeavesNoPlace()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 10);
        await using var signUp = bed.NewLane();

        // The sign-up has read the workshop as published (its context keeps that copy) when the cancellation commits.
        Assert.Equal(WorkshopStatus.Published, (await signUp.Db.Workshops.FindAsync(workshopId))!.Status);
        Assert.Equal(WorkshopCancelOutcome.Cancelled, await bed.InLaneAsync(l => l.Service.CancelWorkshopAsync(workshopId, "بیماری مدرس", default)));

        var result = await signUp.Service.SignUpAsync(WorkshopTestBed.Bot, 1, 1, workshopId, default);

        Assert.Equal(SignUpOutcome.Closed, result.Outcome);
        await using var db = bed.NewContext();
        Assert.False(await db.WorkshopRegistrations.Where(WorkshopRegistration.IsActive).AnyAsync(r => r.WorkshopId == workshopId));
        Assert.Empty(await db.Payments.Where(p => p.WorkshopRegistrationId != null).ToListAsync());
    }

    [Fact]
    public async Task CancelWorkshop_Twice_TheSecondFindsNothingToCancel()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 10);
        await bed.SignUpAsync(1, workshopId);

        Assert.Equal(WorkshopCancelOutcome.Cancelled, await bed.InLaneAsync(l => l.Service.CancelWorkshopAsync(workshopId, "بیماری مدرس", default)));
        Assert.Equal(WorkshopCancelOutcome.NotFound, await bed.InLaneAsync(l => l.Service.CancelWorkshopAsync(workshopId, "بیماری مدرس", default)));
        Assert.Single(await bed.OutboxAsync());
    }

    private async Task SetTermsAsync(int workshopId, params WorkshopGroupTerm[] terms)
    {
        await using var db = bed.NewContext();
        foreach (var term in terms)
        {
            term.WorkshopId = workshopId;
            db.Add(term);
        }

        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task SignUp_WorkshopOpenToOneGroup_RefusesOthersAndListsItOnlyForThatGroup()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 10);
        await SetTermsAsync(workshopId,
            new WorkshopGroupTerm { Category = MemberCategory.Public, Open = false },
            new WorkshopGroupTerm { Category = MemberCategory.CommitteeStaffOrFamily, Open = false },
            new WorkshopGroupTerm { Category = MemberCategory.LibraryStaff, Open = false },
            new WorkshopGroupTerm { Category = MemberCategory.LibraryMember, Open = false });
        await bed.AddMemberAsync(5, MemberCategory.CommitteeClient, CategoryStatus.Verified);
        await bed.AddMemberAsync(6, MemberCategory.CommitteeClient, CategoryStatus.Pending);

        Assert.Equal(SignUpOutcome.NotEligible, (await bed.SignUpAsync(7, workshopId)).Outcome);
        Assert.Equal(SignUpOutcome.NotEligible, (await bed.SignUpAsync(6, workshopId)).Outcome);
        Assert.Equal(SignUpOutcome.Confirmed, (await bed.SignUpAsync(5, workshopId)).Outcome);

        var forStranger = await bed.InLaneAsync(l => l.Service.UpcomingForAsync(WorkshopTestBed.Bot, 7, null, null, default));
        var forClient = await bed.InLaneAsync(l => l.Service.UpcomingForAsync(WorkshopTestBed.Bot, 5, null, null, default));
        Assert.Equal((0, 1), (forStranger.Open.Count, forStranger.OnlyForOthers));
        Assert.Equal((1, 0), (forClient.Open.Count, forClient.OnlyForOthers));

        var pending = await bed.InLaneAsync(async l => await l.Service.EligibilityAsync(WorkshopTestBed.Bot, 6,
            (await l.Service.DetailsAsync(workshopId, default))!.Workshop, default));
        Assert.Equal((false, true), (pending.Open, pending.OnceVerified));
        Assert.Equal([MemberCategory.CommitteeClient], pending.OpenGroups);
        Assert.Equal(1, await bed.SeatsHeldAsync(workshopId));
    }

    [Fact]
    public async Task Quote_GroupPrice_ReplacesTheBaseAndTheGeneralRulesForThatGroupOnly()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 10, price: 3_000_000);
        await SetTermsAsync(workshopId,
            new WorkshopGroupTerm { Category = MemberCategory.LibraryMember, PriceRials = 500_000 },
            new WorkshopGroupTerm { Category = MemberCategory.Public, PriceRials = 2_000_000 });
        await bed.AddMemberAsync(5, MemberCategory.LibraryMember, CategoryStatus.Verified);
        await bed.AddMemberAsync(6, MemberCategory.CommitteeClient, CategoryStatus.Verified);

        Assert.Equal(500_000, (await QuoteAsync(5, workshopId))!.ToPayRials);
        Assert.Equal(2_000_000, (await QuoteAsync(7, workshopId))!.ToPayRials);
        Assert.Equal(0, (await QuoteAsync(6, workshopId))!.ToPayRials);

        var seat = (await bed.SignUpAsync(5, workshopId)).Registration!;
        Assert.Equal((500_000L, 0L, 500_000L), (seat.BaseRials, seat.DiscountRials, seat.ToPayRials));
        await using var db = bed.NewContext();
        Assert.Equal(500_000, await db.Payments.Where(p => p.WorkshopRegistrationId == seat.Id).Select(p => p.DueRials).SingleAsync());
    }

    [Fact]
    public async Task SignUp_UnknownWorkshop_IsNotFound() =>
        Assert.Equal(SignUpOutcome.NotFound, (await bed.SignUpAsync(1, 404)).Outcome);

    [Fact]
    public async Task SignUp_Twice_ReturnsTheFirstRegistrationAsAlreadyRegistered()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 10);
        var first = await bed.SignUpAsync(1, workshopId);

        var again = await bed.SignUpAsync(1, workshopId);

        Assert.Equal((SignUpOutcome.Confirmed, 1), (first.Outcome, first.Registration!.Seat));
        Assert.Equal((SignUpOutcome.AlreadyRegistered, first.Registration.Id), (again.Outcome, again.Registration!.Id));
        Assert.Equal(1, await bed.SeatsHeldAsync(workshopId));
    }

    [Fact]
    public async Task SignUp_TwiceWhileWaiting_ReturnsThePlaceInTheQueue()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 1);
        await bed.SignUpAsync(1, workshopId);
        await bed.SignUpAsync(2, workshopId);

        var again = await bed.SignUpAsync(2, workshopId);

        Assert.Equal((SignUpOutcome.AlreadyRegistered, RegistrationStatus.Waiting, 1), (again.Outcome, again.Registration!.Status, again.WaitingPosition));
    }

    [Fact]
    public async Task SignUp_AfterCancelling_RegistersAgain()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 10);
        var first = (await bed.SignUpAsync(1, workshopId)).Registration!;
        await bed.CancelAsync(1, first.Id);

        var again = await bed.SignUpAsync(1, workshopId);

        Assert.Equal(SignUpOutcome.Confirmed, again.Outcome);
        Assert.NotEqual(first.Id, again.Registration!.Id);
    }

    [Fact]
    public async Task Cancel_SomeoneElsesRegistration_IsNotFound()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 10);
        var first = (await bed.SignUpAsync(1, workshopId)).Registration!;

        Assert.Equal(WorkshopCancelOutcome.NotFound, await bed.CancelAsync(2, first.Id));
        Assert.Equal(1, await bed.SeatsHeldAsync(workshopId));
    }

    [Fact]
    public async Task Upcoming_ByLibraryAndKind_ListsFutureWorkshopsWithSeatsLeft()
    {
        var empowerment = await bed.AddWorkshopAsync(capacity: 3, sessions: 3);
        await bed.AddWorkshopAsync(capacity: 3, kind: WorkshopKind.Children);
        await bed.AddWorkshopAsync(capacity: 3, startsIn: TimeSpan.FromDays(-1), deadlineIn: TimeSpan.FromDays(-2));
        await bed.SignUpAsync(1, empowerment);

        var listed = await bed.InLaneAsync(l => l.Service.UpcomingAsync(bed.LibraryId, WorkshopKind.Empowerment, default));

        var only = Assert.Single(listed);
        Assert.Equal((empowerment, 2, true, 3), (only.Workshop.Id, only.SeatsLeft, only.OpenForSignUp, only.Workshop.Sessions.Count));
        Assert.Equal(only.Workshop.Sessions.Max(s => s.EndsAt), only.Workshop.EndsAt);
        Assert.Empty(await bed.InLaneAsync(l => l.Service.UpcomingAsync(bed.LibraryId + 1, null, default)));
        Assert.Equal(2, (await bed.InLaneAsync(l => l.Service.UpcomingAsync(null, null, default))).Count);
    }

    [Fact]
    public async Task Details_FullWorkshop_ShowsNoSeatsLeft()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 1);
        await bed.SignUpAsync(1, workshopId);

        var details = await bed.InLaneAsync(l => l.Service.DetailsAsync(workshopId, default));

        Assert.Equal(0, details!.SeatsLeft);
    }

    [Fact]
    public async Task MyRegistrations_SeatAndWaitingPlace_BothListedWithThePosition()
    {
        var roomy = await bed.AddWorkshopAsync(capacity: 5);
        var full = await bed.AddWorkshopAsync(capacity: 1, startsIn: TimeSpan.FromDays(6));
        await bed.SignUpAsync(1, full);
        await bed.SignUpAsync(2, roomy);
        await bed.SignUpAsync(2, full);

        var mine = await bed.InLaneAsync(l => l.Service.MyRegistrationsAsync(WorkshopTestBed.Bot, 2, default));

        Assert.Equal([(roomy, RegistrationStatus.Confirmed, (int?)null), (full, RegistrationStatus.Waiting, 1)],
            mine.Select(m => (m.Registration.WorkshopId, m.Registration.Status, m.WaitingPosition)));
    }
}
