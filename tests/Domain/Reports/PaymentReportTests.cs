using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Reports;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Reports;

public sealed class PaymentReportOnSqliteTests() : PaymentReportTests(DatabaseProvider.Sqlite);

public sealed class PaymentReportOnPostgresTests() : PaymentReportTests(DatabaseProvider.Postgres);

/// <summary>The charity's report: every column a sum over the payment records, per Jalali month of the service.</summary>
public abstract class PaymentReportTests(DatabaseProvider provider) : IDisposable
{
    private static readonly JalaliMonth Azar = new(1405, 9);
    private static readonly JalaliMonth Dey = new(1405, 10);
    private static readonly DateTime MidAzar = JalaliDate.ToUtc(1405, 9, 15, new TimeOnly(10, 0)).Utc!.Value;

    private readonly TestDatabase database = TestDatabase.Migrated(provider);
    private int made;

    [Fact]
    public async Task Build_PaymentsInEveryState_EachColumnIsItsSumOverTheRecords()
    {
        await using var db = database.NewContext();
        var (library, _, counselor) = await LibrariesAsync(db);
        await MembershipAsync(db, library, MemberCategory.Public, PaymentStatus.Due, 1_000_000, 1_000_000, null, MidAzar);
        await MembershipAsync(db, library, MemberCategory.Public, PaymentStatus.Paid, 1_000_000, 1_000_000, PaymentMethod.DeskCash, MidAzar);
        await MembershipAsync(db, library, MemberCategory.Public, PaymentStatus.Refunded, 1_000_000, 1_000_000, PaymentMethod.DeskCard, MidAzar);
        await MembershipAsync(db, library, MemberCategory.Public, PaymentStatus.Cancelled, 1_000_000, 1_000_000, null, MidAzar);
        await MembershipAsync(db, library, MemberCategory.CommitteeClient, PaymentStatus.Waived, 1_000_000, 0, PaymentMethod.Committee, MidAzar);
        await BookingAsync(db, library, counselor, MemberCategory.LibraryMember, PaymentStatus.Paid, 2_000_000, 1_400_000, PaymentMethod.BaleInvoice, MidAzar);
        await BookingAsync(db, library, counselor, MemberCategory.LibraryStaff, PaymentStatus.Waived, 2_000_000, 0, null, MidAzar.AddHours(1));

        var report = await new PaymentReport(db).BuildAsync(Azar, Azar, null, default);

        Assert.Equal(
            [
                (MemberCategory.Public, PaymentFor.Membership, 2, 2_000_000L, 2_000_000L, 1_000_000L, 0L, 1_000_000L, 0L, 1_000_000L),
                (MemberCategory.CommitteeClient, PaymentFor.Membership, 1, 1_000_000L, 0L, 0L, 1_000_000L, 0L, 0L, 0L),
                (MemberCategory.LibraryStaff, PaymentFor.Booking, 1, 2_000_000L, 0L, 0L, 0L, 0L, 2_000_000L, 0L),
                (MemberCategory.LibraryMember, PaymentFor.Booking, 1, 2_000_000L, 1_400_000L, 1_400_000L, 0L, 0L, 600_000L, 0L),
            ],
            report.Lines.OrderBy(l => l.Service).ThenBy(l => l.Category).Select(l => (l.Category, l.Service, l.Count, l.ListRials, l.ChargedRials, l.PaidRials,
                l.CommitteeRials, l.RefundedRials, l.LibraryDiscountRials, l.OutstandingRials)));
        Assert.All(report.Lines, l => Assert.Equal((Azar, library.Name), (l.Month, l.Library)));
        Assert.Equal(new PaymentReportTotals(5, 7_000_000, 3_400_000, 2_400_000, 1_000_000, 1_000_000), report.Totals);
    }

    [Fact]
    public async Task Subsidy_CommitteeWaiversInTwoMonths_IsTheCommitteeShareOfEachGroupInEachMonth()
    {
        await using var db = database.NewContext();
        var (library, _, counselor) = await LibrariesAsync(db);
        var midDey = JalaliDate.ToUtc(1405, 10, 15, new TimeOnly(10, 0)).Utc!.Value;
        await MembershipAsync(db, library, MemberCategory.CommitteeClient, PaymentStatus.Waived, 1_000_000, 0, PaymentMethod.Committee, MidAzar);
        await BookingAsync(db, library, counselor, MemberCategory.CommitteeClient, PaymentStatus.Waived, 2_000_000, 0, PaymentMethod.Committee, midDey);
        await BookingAsync(db, library, counselor, MemberCategory.LibraryStaff, PaymentStatus.Waived, 2_000_000, 0, null, midDey.AddHours(1));
        await MembershipAsync(db, library, MemberCategory.Public, PaymentStatus.Paid, 1_000_000, 1_000_000, PaymentMethod.DeskCash, midDey);

        var report = await new PaymentReport(db).BuildAsync(Azar, Dey, null, default);

        Assert.Equal([Azar, Dey], report.Months);
        var group = Assert.Single(report.Subsidy);
        Assert.Equal(MemberCategory.CommitteeClient, group.Category);
        Assert.Equal([1_000_000L, 2_000_000L], group.CommitteeRials);
    }

    [Fact]
    public async Task Build_ServiceJustAfterTehranMidnight_CountsInThatJalaliMonth()
    {
        await using var db = database.NewContext();
        var (library, _, _) = await LibrariesAsync(db);
        var firstOfDey = JalaliDate.ToUtc(1405, 10, 1, new TimeOnly(0, 30)).Utc!.Value;
        Assert.Equal(30, JalaliDate.FromUtc(firstOfDey.AddHours(-3.5)).Day);
        await MembershipAsync(db, library, MemberCategory.Public, PaymentStatus.Due, 1_000_000, 1_000_000, null, firstOfDey);
        await MembershipAsync(db, library, MemberCategory.Public, PaymentStatus.Due, 1_000_000, 1_000_000, null, MidAzar);

        var azarAlone = await new PaymentReport(db).BuildAsync(Azar, Azar, null, default);
        var both = await new PaymentReport(db).BuildAsync(Azar, Dey, null, default);

        Assert.Equal(1, azarAlone.Totals.Count);
        Assert.Equal([Azar, Dey], both.Lines.Select(l => l.Month));
    }

    [Fact]
    public async Task Build_ForOneLibrary_LeavesTheOthersOut()
    {
        await using var db = database.NewContext();
        var (library, other, _) = await LibrariesAsync(db);
        await MembershipAsync(db, library, MemberCategory.Public, PaymentStatus.Paid, 1_000_000, 1_000_000, PaymentMethod.DeskCash, MidAzar);
        await MembershipAsync(db, other, MemberCategory.Public, PaymentStatus.Paid, 1_000_000, 1_000_000, PaymentMethod.DeskCash, MidAzar);

        var report = await new PaymentReport(db).BuildAsync(Azar, Azar, [library.Id], default);

        Assert.Equal([library.Name], report.Lines.Select(l => l.Library));
        Assert.Equal(1_000_000, report.Totals.PaidRials);
    }

    [Theory]
    [InlineData("۱۴۰۵/۰۹", 1405, 9)]
    [InlineData("1405-12", 1405, 12)]
    public void JalaliMonth_TypedAsPeopleDo_IsRead(string typed, int year, int month)
    {
        Assert.True(JalaliMonth.TryParse(typed, out var parsed));
        Assert.Equal(new JalaliMonth(year, month), parsed);
        Assert.False(JalaliMonth.TryParse("1405/13", out _));
    }

    public void Dispose() => database.Dispose();

    private static async Task<(Library, Library, Counselor)> LibrariesAsync(AppDbContext db)
    {
        var (library, counselor) = await Seed.CounselingAsync(db, "ایلام");
        var other = Seed.Library("مهران");
        db.Libraries.Add(other);
        await db.SaveChangesAsync();
        return (library, other, counselor);
    }

    private async Task MembershipAsync(AppDbContext db, Library library, MemberCategory category, PaymentStatus status, long list, long due,
        PaymentMethod? method, DateTime serviceAt)
    {
        var member = Seed.Member(library.Id, ++made, category, bot: null, createdAt: serviceAt);
        db.Members.Add(member);
        await db.SaveChangesAsync();
        db.Payments.Add(Payment(new Payment { For = PaymentFor.Membership, MemberId = member.Id }, library.Id, category, status, list, due, method, serviceAt));
        await db.SaveChangesAsync();
    }

    private async Task BookingAsync(AppDbContext db, Library library, Counselor counselor, MemberCategory category, PaymentStatus status,
        long list, long due, PaymentMethod? method, DateTime serviceAt)
    {
        var booking = new Booking
        {
            TrackingCode = $"{8_000_000 + ++made}", BotName = "t", UserId = made, ChatId = made, CounselorId = counselor.Id, LibraryId = library.Id,
            Topic = CounselingTopic.Family, StartsAt = serviceAt, EndsAt = serviceAt.AddMinutes(45), Status = BookingStatus.Confirmed,
            BaseRials = list, DiscountRials = list - due, ToPayRials = due, CreatedAt = serviceAt.AddDays(-1),
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        db.Payments.Add(Payment(new Payment { For = PaymentFor.Booking, BookingId = booking.Id }, library.Id, category, status, list, due, method, serviceAt));
        await db.SaveChangesAsync();
    }

    private static Payment Payment(Payment payment, int libraryId, MemberCategory category, PaymentStatus status, long list, long due, PaymentMethod? method,
        DateTime serviceAt)
    {
        (payment.LibraryId, payment.Category, payment.Status, payment.ListRials, payment.DueRials, payment.Method, payment.ServiceAt, payment.CreatedAt) =
            (libraryId, category, status, list, due, method, serviceAt, serviceAt.AddDays(-1));
        return payment;
    }
}
