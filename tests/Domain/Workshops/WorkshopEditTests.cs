using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Tests.Domain.Workshops;

/// <summary>Staff setting up a workshop: the rules an edit must keep, and nothing changed when it breaks one.</summary>
public sealed class WorkshopEditTests : IAsyncLifetime
{
    private static readonly DateTime FirstSession = WorkshopTestBed.Start.AddDays(5);

    private WorkshopTestBed bed = null!;

    public async Task InitializeAsync() => bed = await WorkshopTestBed.CreateAsync();

    public async Task DisposeAsync() => await bed.DisposeAsync();

    private WorkshopEdit Edit(int? id = null, int capacity = 20, DateTime? deadline = null, params (DateTime StartsAt, DateTime EndsAt)[] sessions) =>
        new(id, "  كارگاه  قصه‌گويی ", " برای کودکان ", WorkshopKind.Children, bed.LibraryId, capacity, deadline ?? FirstSession.AddDays(-1), 0,
            sessions.Length > 0 ? sessions : [(FirstSession, FirstSession.AddHours(2)), (FirstSession.AddDays(7), FirstSession.AddDays(7).AddHours(2))]);

    /// <summary>Saves and, when the edit was kept, commits, as the panel page does.</summary>
    private Task<WorkshopSaveResult> SaveAsync(WorkshopEdit edit) => bed.InLaneAsync(async lane =>
    {
        var result = await lane.Service.SaveAsync(edit, default);
        await lane.Db.SaveChangesAsync();
        return result;
    });

    private static WorkshopEditError[] Errors(WorkshopSaveResult result) => [.. result.Problems.Select(p => p.Error)];

    [Fact]
    public async Task Save_NewWorkshop_StoresItWithItsSessionsAndFirstAndLastTimes()
    {
        var saved = await SaveAsync(Edit());

        Assert.Empty(saved.Problems);
        await using var db = bed.NewContext();
        var workshop = await db.Workshops.Include(w => w.Sessions).SingleAsync(w => w.Id == saved.Workshop!.Id);
        Assert.Equal(("کارگاه قصه‌گویی", "برای کودکان"), (workshop.Title, workshop.Description));
        Assert.Equal((FirstSession, FirstSession.AddDays(7).AddHours(2), 2), (workshop.StartsAt, workshop.EndsAt, workshop.Sessions.Count));
    }

    [Fact]
    public async Task Save_CapacityBelowASeatAlreadyGiven_IsRefusedAndTheWorkshopKeepsItsCapacity()
    {
        var id = await bed.AddWorkshopAsync(capacity: 3);
        for (var user = 1; user <= 3; user++)
        {
            await bed.SignUpAsync(user, id);
        }

        var refused = await SaveAsync(Edit(id, capacity: 2));
        var kept = await SaveAsync(Edit(id, capacity: 3));

        Assert.Equal([WorkshopEditError.CapacityBelowSeatsTaken], Errors(refused));
        Assert.Empty(kept.Problems);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Workshop.MaxCapacity + 1)]
    public async Task Save_CapacityOutOfBounds_IsRefused(int capacity) =>
        Assert.Equal([WorkshopEditError.CapacityOutOfRange], Errors(await SaveAsync(Edit(capacity: capacity))));

    [Fact]
    public async Task Save_DeadlineAfterTheFirstSession_IsRefusedAndNothingIsStored()
    {
        var refused = await SaveAsync(Edit(deadline: FirstSession.AddMinutes(1)));

        Assert.Equal([WorkshopEditError.DeadlineAfterStart], Errors(refused));
        await using var db = bed.NewContext();
        Assert.Empty(await db.Workshops.ToListAsync());
    }

    [Fact]
    public async Task Save_ASessionEndingBeforeItStarts_NamesThatSession()
    {
        var refused = await SaveAsync(Edit(sessions: [(FirstSession, FirstSession.AddHours(2)), (FirstSession.AddDays(1), FirstSession.AddDays(1).AddHours(-1))]));

        Assert.Equal([new WorkshopEditProblem(WorkshopEditError.SessionEndsBeforeStart, 1)], refused.Problems);
    }

    [Fact]
    public async Task Save_NoSession_IsRefused() =>
        Assert.Equal([WorkshopEditError.NoSessions], Errors(await bed.InLaneAsync(lane => lane.Service.SaveAsync(Edit() with { Sessions = [] }, default))));
}
