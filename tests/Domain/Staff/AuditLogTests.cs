using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Staff;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Staff;

/// <summary>A staff action's audit entry is committed with its change, and only if the change was.</summary>
public sealed class AuditLogTests : IAsyncLifetime
{
    // Saturday 28 Azar 1405, 08:00 in Tehran.
    private static readonly DateTime Now = new(2026, 12, 19, 4, 30, 0, DateTimeKind.Utc);
    private const string Staff = "operator1";

    private DomainServices services = null!;
    private int libraryId;
    private int counselorId;
    private int memberId;

    public async Task InitializeAsync()
    {
        services = await DomainServices.StartAsync(new FakeTimeProvider(Now));
        await using var db = services.Database.NewContext();
        var (library, counselor) = await Seed.CounselingAsync(db, "دهلران", (DayOfWeek.Monday, 9, 13));
        var member = Seed.Member(library.Id, 1, bot: null, createdAt: Now);
        db.Members.Add(member);
        await db.SaveChangesAsync();
        (libraryId, counselorId, memberId) = (library.Id, counselor.Id, member.Id);
    }

    public Task DisposeAsync() => services.DisposeAsync().AsTask();

    [Fact]
    public async Task Record_TrackedChange_CommitsTheChangeAndItsEntryTogether()
    {
        var booking = await BookAsync();

        var outcome = await InScopeAsync((audit, bookings) => audit.RecordAsync(Staff, new AuditNote("booking.cancel", "Booking", "بیماری"),
            () => bookings.CancelByStaffAsync(booking.Id, "بیماری", default), o => o == CancelOutcome.Cancelled, default));

        Assert.Equal(CancelOutcome.Cancelled, outcome);
        await using var db = services.Database.NewContext();
        Assert.Equal(BookingStatus.CancelledByStaff, (await db.Bookings.SingleAsync()).Status);
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == "booking.cancel");
        Assert.Equal((Staff, "بیماری"), (entry.UserName, entry.Details));
    }

    [Fact]
    public async Task Record_ChangeRefused_LeavesNoEntryEvenWhenTheScopeCommitsLater()
    {
        var outcome = await InScopeAsync(async (audit, bookings) =>
        {
            var refused = await audit.RecordAsync(Staff, new AuditNote("booking.cancel", "Booking 404"),
                () => bookings.CancelByStaffAsync(404, "بیماری", default), o => o == CancelOutcome.Cancelled, default);
            await audit.CommitAsync(Staff, new AuditNote("export", "bookings"), default);
            return refused;
        });

        Assert.Equal(CancelOutcome.NotFound, outcome);
        await using var db = services.Database.NewContext();
        Assert.Equal(["export"], await db.AuditEntries.Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task Record_ServiceThatCommitsEarly_WritesTheEntryNamedByWhatTheChangeMade()
    {
        var booking = await BookAsync();

        await using var db = services.Database.NewContext();
        var entry = await db.AuditEntries.SingleAsync();
        Assert.Equal(($"Booking {booking.TrackingCode}", "booking.book-for-person"), (entry.Subject, entry.Action));
    }

    [Fact]
    public async Task Record_ServiceThatCommitsEarlyRefuses_LeavesNoEntry()
    {
        var taken = await BookAsync();
        var other = Seed.Member(libraryId, 2, bot: null, createdAt: Now);
        await using (var setup = services.Database.NewContext())
        {
            setup.Members.Add(other);
            await setup.SaveChangesAsync();
        }

        var slot = new Slot(counselorId, libraryId, taken.StartsAt, taken.EndsAt);
        var second = await InScopeAsync((audit, bookings) => audit.RecordAsync(Staff, new AuditNote("booking.book-for-person", "member:2"),
            () => bookings.BookForMemberAsync(other.Id, slot, CounselingTopic.Family, null, Staff, default), r => r.Booking is not null, default));

        Assert.Equal(BookingError.SlotTaken, second.Error);
        await using var db = services.Database.NewContext();
        Assert.Single(await db.AuditEntries.ToListAsync());
    }

    /// <summary>Books the first free slot for the member at the desk, recorded as the booking page does.</summary>
    private async Task<Booking> BookAsync()
    {
        var slot = (await services.InScopeAsync<CounselingSchedule, IReadOnlyList<Slot>>(s => s.FreeSlotsAsync(libraryId, [counselorId], default)))[0];
        var note = new AuditNote("booking.book-for-person", "member:1");
        var result = await InScopeAsync((audit, bookings) => audit.RecordAsync(Staff, note,
            () => bookings.BookForMemberAsync(memberId, slot, CounselingTopic.Family, null, Staff, default),
            r => r.Booking is { } made ? note with { Subject = $"Booking {made.TrackingCode}" } : null, default));
        return result.Booking!;
    }

    private async Task<T> InScopeAsync<T>(Func<AuditLog, BookingService, Task<T>> work)
    {
        await using var scope = services.NewScope();
        return await work(scope.Get<AuditLog>(), scope.Get<BookingService>());
    }
}
