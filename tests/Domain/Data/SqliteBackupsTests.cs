using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Data.Backups;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Data;

/// <summary>The scheduled copy of the SQLite file, taken while people book, and put back as the README says.</summary>
public sealed class SqliteBackupsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
    private readonly string folder = Directory.CreateTempSubdirectory("rz-backups-").FullName;

    [Fact]
    public async Task Take_WhileBookingsAreBeingMade_TheRestoredCopyHasEveryBookingCommittedBeforeItBegan()
    {
        using var database = TestDatabase.Migrated();
        int libraryId, counselorId;
        await using (var db = database.NewContext())
        {
            var (library, counselor) = await Seed.CounselingAsync(db, "ایلام", (DayOfWeek.Saturday, 8, 16));
            (libraryId, counselorId) = (library.Id, counselor.Id);
        }

        // Four desks book one session after another, each in a commit of its own, until told to stop.
        var committed = new ConcurrentQueue<string>();
        using var commits = new SemaphoreSlim(0);
        using var stop = new CancellationTokenSource();
        var desks = Enumerable.Range(0, 4).Select(desk => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                await using var db = database.NewContext();
                var code = $"D{desk}-{n}";
                db.Bookings.Add(new Booking
                {
                    TrackingCode = code, BotName = "test", UserId = 1000 + desk, ChatId = 1000 + desk, CounselorId = counselorId, LibraryId = libraryId, Topic = CounselingTopic.Family,
                    StartsAt = Now.UtcDateTime.AddDays(1).AddMinutes(desk * 100_000 + n), EndsAt = Now.UtcDateTime.AddDays(1).AddMinutes(desk * 100_000 + n + 45),
                    Status = BookingStatus.Confirmed, BaseRials = 500_000, ToPayRials = 500_000, CreatedAt = Now.UtcDateTime,
                });
                await db.SaveChangesAsync();
                committed.Enqueue(code);
                commits.Release();
            }
        })).ToList();

        // Each commit releases the semaphore once; a desk that failed ends the wait with its own exception.
        async Task CommitsAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                if (!await commits.WaitAsync(TimeSpan.FromSeconds(30)))
                {
                    await Task.WhenAll(desks.Where(d => d.IsCompleted));
                    Assert.Fail($"The desks stopped booking after {committed.Count} bookings.");
                }
            }
        }

        await CommitsAsync(50);

        var before = committed.ToHashSet();
        var path = await SqliteBackups.TakeAsync(database.ConnectionString, folder, keep: 3, Now, CancellationToken.None);
        await CommitsAsync(50);

        await stop.CancelAsync();
        await Task.WhenAll(desks);

        // Restored as the README says: the service stopped, the copy put in the database's place, the service started.
        var restored = Path.Combine(folder, "restored.db");
        File.Copy(path, restored);
        await using var copy = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={restored}").Options);
        Assert.Empty(await copy.Database.GetPendingMigrationsAsync());
        var inCopy = (await copy.Bookings.Select(b => b.TrackingCode).ToListAsync()).ToHashSet();
        Assert.Subset(inCopy, before);
        Assert.Equal(["ok"], await copy.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync());

        // The desks went on writing while and after the copy was taken: it is not a copy of a quiet database.
        await using var live = database.NewContext();
        Assert.True(await live.Bookings.CountAsync() > inCopy.Count);
    }

    [Fact]
    public async Task Take_BeyondKeep_DeletesTheOldestCopies()
    {
        using var database = TestDatabase.Migrated();

        var paths = new List<string>();
        for (var hour = 0; hour < 4; hour++)
        {
            paths.Add(await SqliteBackups.TakeAsync(database.ConnectionString, folder, keep: 2, Now.AddHours(hour * 6), CancellationToken.None));
        }

        Assert.Equal(["rahzendegi-20261203-220000.db", "rahzendegi-20261204-040000.db"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(paths[^2..], Directory.GetFiles(folder).Order(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
