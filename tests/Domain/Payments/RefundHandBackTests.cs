using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Payments;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Payments;

/// <summary>A refund is handed back at the desk once, whichever desk gets there first.</summary>
public sealed class RefundHandBackOnSqliteTests() : RefundHandBackTests(DatabaseProvider.Sqlite);

public sealed class RefundHandBackOnPostgresTests() : RefundHandBackTests(DatabaseProvider.Postgres);

public abstract class RefundHandBackTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 12, 19, 4, 30, 0, DateTimeKind.Utc);
    private DomainServices services = null!;
    private int libraryId;

    public async Task InitializeAsync()
    {
        services = await DomainServices.StartAsync(new FakeTimeProvider(Now), provider);
        await using var db = services.Database.NewContext();
        var library = Seed.Library("ایوان");
        db.Libraries.Add(library);
        await db.SaveChangesAsync();
        libraryId = library.Id;
    }

    public Task DisposeAsync() => services.DisposeAsync().AsTask();

    [Fact]
    public async Task HandBack_TwoDesksAtOnce_OnlyOneHandsItBack()
    {
        var id = await PaymentAsync(PaymentStatus.Refunded);
        await using var slow = services.NewScope();
        var slowLedger = slow.Get<PaymentLedger>();
        Assert.NotNull(await slowLedger.FindAsync(id, default));

        var first = await services.InScopeAsync<PaymentLedger, RefundHandBackOutcome>(l => l.HandBackRefundAsync(id, "desk1", [libraryId], default));
        var second = await slowLedger.HandBackRefundAsync(id, "desk2", [libraryId], default);

        Assert.Equal((RefundHandBackOutcome.HandedBack, RefundHandBackOutcome.AlreadyHandedBack), (first, second));
        var payment = await ReadAsync(id);
        Assert.Equal(("desk1", (DateTime?)Now), (payment.RefundHandedBackBy, payment.RefundHandedBackAt));
        Assert.Single(payment.Events);
    }

    [Fact]
    public async Task HandBack_AgainLater_IsAlreadyHandedBack()
    {
        var id = await PaymentAsync(PaymentStatus.Refunded);

        var first = await services.InScopeAsync<PaymentLedger, RefundHandBackOutcome>(l => l.HandBackRefundAsync(id, "desk1", null, default));
        var again = await services.InScopeAsync<PaymentLedger, RefundHandBackOutcome>(l => l.HandBackRefundAsync(id, "desk1", null, default));

        Assert.Equal((RefundHandBackOutcome.HandedBack, RefundHandBackOutcome.AlreadyHandedBack), (first, again));
        Assert.Single((await ReadAsync(id)).Events);
    }

    [Theory]
    [InlineData(PaymentStatus.Paid, RefundHandBackOutcome.NotRefunded)]
    [InlineData(PaymentStatus.Due, RefundHandBackOutcome.NotRefunded)]
    public async Task HandBack_NothingOwed_ChangesNothing(PaymentStatus status, RefundHandBackOutcome expected)
    {
        var id = await PaymentAsync(status);

        var outcome = await services.InScopeAsync<PaymentLedger, RefundHandBackOutcome>(l => l.HandBackRefundAsync(id, "desk1", null, default));

        Assert.Equal(expected, outcome);
        Assert.Null((await ReadAsync(id)).RefundHandedBackAt);
    }

    [Fact]
    public async Task HandBack_OutsideTheirLibraries_IsNotFound()
    {
        var id = await PaymentAsync(PaymentStatus.Refunded);

        var outcome = await services.InScopeAsync<PaymentLedger, RefundHandBackOutcome>(l => l.HandBackRefundAsync(id, "desk1", [libraryId + 1], default));

        Assert.Equal(RefundHandBackOutcome.NotFound, outcome);
        Assert.Null((await ReadAsync(id)).RefundHandedBackAt);
    }

    private async Task<int> PaymentAsync(PaymentStatus status)
    {
        await using var db = services.Database.NewContext();
        var member = Seed.Member(libraryId, 1, bot: null, createdAt: Now.AddDays(-2));
        db.Members.Add(member);
        await db.SaveChangesAsync();
        var payment = new Payment
        {
            For = PaymentFor.Membership, MemberId = member.Id, LibraryId = libraryId, Category = MemberCategory.Public, ServiceAt = member.CreatedAt,
            ListRials = 1_000_000, DueRials = 1_000_000, Status = status, CreatedAt = member.CreatedAt,
            Method = status == PaymentStatus.Due ? null : PaymentMethod.DeskCash, SettledAt = status == PaymentStatus.Due ? null : Now.AddDays(-2),
        };
        db.Payments.Add(payment);
        await db.SaveChangesAsync();
        return payment.Id;
    }

    private async Task<Payment> ReadAsync(int id)
    {
        await using var db = services.Database.NewContext();
        return await db.Payments.AsNoTracking().Include(p => p.Events).SingleAsync(p => p.Id == id);
    }
}
