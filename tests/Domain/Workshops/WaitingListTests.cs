using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Workshops;
using RahZendegi.Domain.Data;

namespace RahZendegi.Tests.Domain.Workshops;

/// <summary>A freed seat goes to the first waiter, who confirms in time or loses it to the next.</summary>
public sealed class WaitingListOnSqliteTests() : WaitingListTests(DatabaseProvider.Sqlite);

public sealed class WaitingListOnPostgresTests() : WaitingListTests(DatabaseProvider.Postgres);

public abstract class WaitingListTests(DatabaseProvider provider) : IAsyncLifetime
{
    private WorkshopTestBed bed = null!;
    private int workshopId;

    public async Task InitializeAsync()
    {
        bed = await WorkshopTestBed.CreateAsync(provider);
        workshopId = await bed.AddWorkshopAsync(capacity: 1);
    }

    public async Task DisposeAsync() => await bed.DisposeAsync();

    private async Task AssertWithinCapacityAsync() => Assert.True(await bed.SeatsHeldAsync(workshopId) <= 1);

    [Fact]
    public async Task Cancel_ThenOfferRunsOut_TheSeatPassesDownTheListUntilSomeoneConfirms()
    {
        var first = (await bed.SignUpAsync(1, workshopId)).Registration!;
        var second = await bed.SignUpAsync(2, workshopId);
        var third = await bed.SignUpAsync(3, workshopId);
        Assert.Equal((SignUpOutcome.Waiting, 1), (second.Outcome, second.WaitingPosition));
        Assert.Equal((SignUpOutcome.Waiting, 2), (third.Outcome, third.WaitingPosition));

        Assert.Equal(WorkshopCancelOutcome.Cancelled, await bed.CancelAsync(1, first.Id));
        await AssertWithinCapacityAsync();
        var offered = await bed.RegistrationAsync(second.Registration!.Id);
        Assert.Equal((RegistrationStatus.Offered, 1), (offered.Status, offered.Seat));
        Assert.Equal(WorkshopTestBed.Start + bed.Options.OfferTime, offered.OfferExpiresAt);
        var (chat, offer) = Assert.Single(await bed.OutboxAsync());
        Assert.Equal(2, chat);
        Assert.Contains(JalaliDate.FormatTime(offered.OfferExpiresAt!.Value), offer.Text);
        var button = Assert.Single(offer.Keyboard!.Rows.Single());
        Assert.Equal("تأیید", button.Text);
        Assert.Equal(new CallbackData("ws", "confirm", offered.Id), CallbackData.Parse(button.CallbackData));

        bed.Time.Advance(bed.Options.OfferTime - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await bed.ExpireOffersAsync());
        bed.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await bed.ExpireOffersAsync());
        await AssertWithinCapacityAsync();
        var lapsed = await bed.RegistrationAsync(second.Registration.Id);
        Assert.Equal((RegistrationStatus.OfferExpired, null), (lapsed.Status, lapsed.Seat));
        Assert.Equal(RegistrationStatus.Offered, (await bed.RegistrationAsync(third.Registration!.Id)).Status);
        var messages = await bed.OutboxAsync();
        Assert.Equal([2, 2, 3], messages.Select(m => m.ChatId));
        Assert.StartsWith("مهلت تأیید تمام شد", messages[1].Message.Text);

        Assert.Equal(ConfirmOfferOutcome.Expired, (await bed.ConfirmAsync(2, second.Registration.Id)).Outcome);
        var confirmed = await bed.ConfirmAsync(3, third.Registration.Id);

        Assert.Equal(ConfirmOfferOutcome.Confirmed, confirmed.Outcome);
        var seated = await bed.RegistrationAsync(third.Registration.Id);
        Assert.Equal((RegistrationStatus.Confirmed, 1, null), (seated.Status, seated.Seat, seated.OfferExpiresAt));
        Assert.Equal(1, await bed.SeatsHeldAsync(workshopId));
        Assert.Equal(0, await bed.ExpireOffersAsync());
    }

    [Fact]
    public async Task Confirm_TwiceOrByAnotherPerson_KeepsOneSeatAndRefusesTheStranger()
    {
        var first = (await bed.SignUpAsync(1, workshopId)).Registration!;
        var second = (await bed.SignUpAsync(2, workshopId)).Registration!;
        await bed.CancelAsync(1, first.Id);

        Assert.Equal(ConfirmOfferOutcome.NotFound, (await bed.ConfirmAsync(99, second.Id)).Outcome);
        Assert.Equal(ConfirmOfferOutcome.Confirmed, (await bed.ConfirmAsync(2, second.Id)).Outcome);
        Assert.Equal(ConfirmOfferOutcome.Confirmed, (await bed.ConfirmAsync(2, second.Id)).Outcome);
        Assert.Equal(1, await bed.SeatsHeldAsync(workshopId));
    }

    [Fact]
    public async Task Cancel_AWaitingPlace_OffersNothingAndMovesTheOthersUp()
    {
        await bed.SignUpAsync(1, workshopId);
        var second = (await bed.SignUpAsync(2, workshopId)).Registration!;
        await bed.SignUpAsync(3, workshopId);

        Assert.Equal(WorkshopCancelOutcome.Cancelled, await bed.CancelAsync(2, second.Id));

        Assert.Empty(await bed.OutboxAsync());
        var mine = await bed.InLaneAsync(l => l.Service.MyRegistrationsAsync(WorkshopTestBed.Bot, 3, default));
        Assert.Equal(1, Assert.Single(mine).WaitingPosition);
    }

    [Fact]
    public async Task Cancel_AnOfferedSeat_OffersItToTheNextWaiter()
    {
        var first = (await bed.SignUpAsync(1, workshopId)).Registration!;
        var second = (await bed.SignUpAsync(2, workshopId)).Registration!;
        var third = (await bed.SignUpAsync(3, workshopId)).Registration!;
        await bed.CancelAsync(1, first.Id);

        Assert.Equal(WorkshopCancelOutcome.Cancelled, await bed.CancelAsync(2, second.Id));

        Assert.Equal((RegistrationStatus.Offered, 1), ((await bed.RegistrationAsync(third.Id)).Status, (await bed.RegistrationAsync(third.Id)).Seat));
        Assert.Equal(1, await bed.SeatsHeldAsync(workshopId));
    }

    [Fact]
    public async Task Offer_CloseToTheStart_EndsWhenTheWorkshopStarts()
    {
        var soon = await bed.AddWorkshopAsync(capacity: 1, startsIn: TimeSpan.FromHours(1), deadlineIn: TimeSpan.FromMinutes(30));
        var first = (await bed.SignUpAsync(1, soon)).Registration!;
        var second = (await bed.SignUpAsync(2, soon)).Registration!;

        await bed.CancelAsync(1, first.Id);

        Assert.Equal(WorkshopTestBed.Start.AddHours(1), (await bed.RegistrationAsync(second.Id)).OfferExpiresAt);
    }
}
