using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Tests.Domain.Workshops;

/// <summary>Capacity is the database's to enforce: many people at once, each in their own lane, never overfill a workshop.</summary>
public sealed class WorkshopCapacityOnSqliteTests() : WorkshopCapacityTests(DatabaseProvider.Sqlite);

public sealed class WorkshopCapacityOnPostgresTests() : WorkshopCapacityTests(DatabaseProvider.Postgres);

public abstract class WorkshopCapacityTests(DatabaseProvider provider) : IAsyncLifetime
{
    private WorkshopTestBed bed = null!;

    public async Task InitializeAsync() => bed = await WorkshopTestBed.CreateAsync(provider);

    public async Task DisposeAsync() => await bed.DisposeAsync();

    [Fact]
    public async Task SignUp_HundredPeopleAtOnceForTenSeats_TenConfirmedInSeatsOneToTenAndNinetyWaitInArrivalOrder()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 10);

        var results = await Task.WhenAll(Enumerable.Range(1, 100)
            .Select(user => Task.Run(() => bed.SignUpAsync(user, workshopId))));

        var confirmed = results.Where(r => r.Outcome == SignUpOutcome.Confirmed).ToList();
        var waiting = results.Where(r => r.Outcome == SignUpOutcome.Waiting).OrderBy(r => r.Registration!.Id).ToList();
        Assert.Equal(Enumerable.Range(1, 10), confirmed.Select(r => r.Registration!.Seat!.Value).Order());
        Assert.Equal(90, waiting.Count);
        Assert.Equal(Enumerable.Range(1, 90), waiting.Select(r => r.WaitingPosition!.Value));

        await using var db = bed.NewContext();
        var stored = await db.WorkshopRegistrations.Where(r => r.WorkshopId == workshopId).ToListAsync();
        Assert.Equal(100, stored.Count);
        Assert.Equal(Enumerable.Range(1, 10), stored.Where(r => r.Status == RegistrationStatus.Confirmed).Select(r => r.Seat!.Value).Order());
        Assert.All(stored.Where(r => r.Status == RegistrationStatus.Waiting), r => Assert.Null(r.Seat));
        Assert.Equal(100, stored.Select(r => r.UserId).Distinct().Count());
    }

    [Fact]
    public async Task SignUp_SamePersonTwentyTimesAtOnce_OneRegistrationAndTheRestAlreadyRegistered()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 10);

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(_ => Task.Run(() => bed.SignUpAsync(7, workshopId))));

        var registration = Assert.Single(results, r => r.Outcome == SignUpOutcome.Confirmed).Registration!;
        Assert.All(results.Where(r => r.Outcome != SignUpOutcome.Confirmed), r =>
        {
            Assert.Equal(SignUpOutcome.AlreadyRegistered, r.Outcome);
            Assert.Equal(registration.Id, r.Registration!.Id);
        });
        Assert.Equal(1, await bed.SeatsHeldAsync(workshopId));
    }

    [Fact]
    public async Task Insert_ASecondHolderOfTheSameSeat_IsRefusedByTheDatabase()
    {
        var workshopId = await bed.AddWorkshopAsync(capacity: 10);
        await bed.SignUpAsync(1, workshopId);

        await using var db = bed.NewContext();
        db.WorkshopRegistrations.Add(new WorkshopRegistration
        {
            WorkshopId = workshopId, BotName = WorkshopTestBed.Bot, UserId = 2, ChatId = 2, Status = RegistrationStatus.Offered, Seat = 1,
            CreatedAt = WorkshopTestBed.Start,
        });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
