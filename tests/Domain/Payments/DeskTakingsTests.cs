using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Payments;

public sealed class DeskTakingsOnSqliteTests() : DeskTakingsTests(DatabaseProvider.Sqlite);

public sealed class DeskTakingsOnPostgresTests() : DeskTakingsTests(DatabaseProvider.Postgres);

/// <summary>A library's day at the desk, by the Tehran calendar.</summary>
public abstract class DeskTakingsTests(DatabaseProvider provider) : IDisposable
{
    private static readonly JalaliDate Day = JalaliDate.TryCreate(1405, 9, 28, out var day) ? day : default;
    private static readonly DateTime Morning = Day.ToUtc(new TimeOnly(8, 0)).Utc!.Value;

    private readonly TestDatabase database = TestDatabase.Migrated(provider);
    private int made;

    [Fact]
    public async Task Build_ADay_TakesItsPaymentsByMethodAndListsRefundsOwedAndHandedBack()
    {
        await using var db = database.NewContext();
        var library = Seed.Library("ایلام");
        var other = Seed.Library("مهران");
        db.Libraries.AddRange(library, other);
        await db.SaveChangesAsync();
        var cash = await AddAsync(db, library.Id, PaymentStatus.Paid, PaymentMethod.DeskCash, 1_000_000, Morning);
        var cashLate = await AddAsync(db, library.Id, PaymentStatus.Paid, PaymentMethod.DeskCash, 500_000, Day.ToUtc(new TimeOnly(23, 50)).Utc!.Value);
        var card = await AddAsync(db, library.Id, PaymentStatus.Refunded, PaymentMethod.DeskCard, 700_000, Morning.AddHours(1));
        await AddAsync(db, library.Id, PaymentStatus.Paid, PaymentMethod.DeskCash, 1_000_000, Day.ToUtc(TimeOnly.MinValue).Utc!.Value.AddMinutes(-1));
        await AddAsync(db, library.Id, PaymentStatus.Waived, PaymentMethod.Committee, 0, Morning);
        await AddAsync(db, other.Id, PaymentStatus.Paid, PaymentMethod.DeskCash, 1_000_000, Morning);
        var owedFromBefore = await AddAsync(db, library.Id, PaymentStatus.Refunded, PaymentMethod.BaleInvoice, 300_000, Morning.AddDays(-5));
        var handedBack = await AddAsync(db, library.Id, PaymentStatus.Refunded, PaymentMethod.DeskCash, 400_000, Morning.AddDays(-5), handedBackAt: Morning.AddHours(2));
        await AddAsync(db, library.Id, PaymentStatus.Refunded, PaymentMethod.DeskCash, 400_000, Morning.AddDays(-5), handedBackAt: Morning.AddDays(-1));

        var takings = await new DeskTakings(db).BuildAsync(library.Id, Day, default);

        Assert.Equal([cash, card, cashLate], takings.Taken.Select(t => t.PaymentId));
        Assert.Equal([new MethodTotal(PaymentMethod.DeskCash, 2, 1_500_000), new MethodTotal(PaymentMethod.DeskCard, 1, 700_000)], takings.ByMethod);
        Assert.Equal(2_200_000, takings.TakenRials);
        Assert.Equal([handedBack], takings.HandedBack.Select(r => r.PaymentId));
        Assert.Equal(400_000, takings.HandedBackRials);
        Assert.Equal([owedFromBefore, card], takings.Owed.Select(r => r.PaymentId));
    }

    public void Dispose() => database.Dispose();

    private async Task<int> AddAsync(AppDbContext db, int libraryId, PaymentStatus status, PaymentMethod method, long rials, DateTime settledAt,
        DateTime? handedBackAt = null)
    {
        var member = Seed.Member(libraryId, ++made, bot: null, createdAt: settledAt);
        db.Members.Add(member);
        await db.SaveChangesAsync();
        var payment = new Payment
        {
            For = PaymentFor.Membership, MemberId = member.Id, LibraryId = libraryId, Category = MemberCategory.Public, ServiceAt = settledAt,
            ListRials = Math.Max(rials, 1_000_000), DueRials = rials, Status = status, Method = method, SettledAt = settledAt, SettledBy = "desk1",
            CreatedAt = settledAt, RefundHandedBackAt = handedBackAt, RefundHandedBackBy = handedBackAt is null ? null : "desk1",
        };
        db.Payments.Add(payment);
        await db.SaveChangesAsync();
        if (status is PaymentStatus.Paid or PaymentStatus.Refunded)
        {
            payment.ReceiptNumber = $"1405-{payment.Id:D6}";
            await db.SaveChangesAsync();
        }

        return payment.Id;
    }
}
