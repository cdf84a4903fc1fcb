using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Pricing;
using RahZendegi.Domain.Workshops;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Payments;

/// <summary>One payment per membership, booking and seat: opened at confirmation, settled, moved and closed with it.</summary>
public sealed class PaymentLedgerOnSqliteTests() : PaymentLedgerTests(DatabaseProvider.Sqlite);

// The ledger does not branch on the provider; its PostgreSQL schema (filtered indexes, checks) is proven in the full suite.
[Trait("Category", "Slow")]
public sealed class PaymentLedgerOnPostgresTests() : PaymentLedgerTests(DatabaseProvider.Postgres);

public abstract class PaymentLedgerTests(DatabaseProvider provider) : IAsyncLifetime
{
    // Saturday 28 Azar 1405, 08:00 in Tehran.
    private static readonly DateTime Now = new(2026, 12, 19, 4, 30, 0, DateTimeKind.Utc);
    private const string Bot = "test";
    private const string Staff = "operator1";

    private DomainServices services = null!;
    private int libraryId;
    private int otherLibraryId;
    private int counselorId;

    public async Task InitializeAsync()
    {
        services = await DomainServices.StartAsync(new FakeTimeProvider(Now), provider);
        await using var db = services.Database.NewContext();
        var (library, counselor) = await Seed.CounselingAsync(db, "دهلران", (DayOfWeek.Monday, 9, 13));
        var other = Seed.Library("مهران");
        db.Libraries.Add(other);
        db.DiscountRules.AddRange(
            new DiscountRule { ServiceKind = ServiceKind.Membership, Category = MemberCategory.CommitteeClient, Percent = 100 },
            new DiscountRule { ServiceKind = ServiceKind.Counseling, Category = MemberCategory.LibraryMember, Percent = 30 });
        await db.SaveChangesAsync();
        (libraryId, otherLibraryId, counselorId) = (library.Id, other.Id, counselor.Id);
    }

    public Task DisposeAsync() => services.DisposeAsync().AsTask();

    [Fact]
    public async Task Register_Public_OneDuePaymentForTheFee()
    {
        var member = await RegisterAsync(1, MemberCategory.Public);

        var payment = await PaymentOfAsync(p => p.MemberId == member.Id);
        Assert.Equal((PaymentFor.Membership, PaymentStatus.Due, 1_000_000L, 1_000_000L, MemberCategory.Public, libraryId),
            (payment.For, payment.Status, payment.ListRials, payment.DueRials, payment.Category, payment.LibraryId));
        Assert.Equal((Bot, 1L), (payment.BotName, payment.ChatId));
        Assert.Equal([PaymentStatus.Due], payment.Events.Select(e => e.Status));
    }

    [Fact]
    public async Task Verify_PendingCommitteeClient_FeeWaivedForTheCommittee()
    {
        var member = await RegisterAsync(2, MemberCategory.CommitteeClient);
        Assert.Equal(PaymentStatus.Due, (await PaymentOfAsync(p => p.MemberId == member.Id)).Status);

        await InScopeAsync<CategoryVerification>(async v =>
        {
            Assert.Equal(DecisionOutcome.Done, await v.VerifyAsync(member.Id, default));
        });

        var payment = await PaymentOfAsync(p => p.MemberId == member.Id);
        Assert.Equal((PaymentStatus.Waived, PaymentMethod.Committee, 0L, 1_000_000L, MemberCategory.CommitteeClient),
            (payment.Status, payment.Method, payment.DueRials, payment.ListRials, payment.Category));
        Assert.Equal([PaymentStatus.Due, PaymentStatus.Waived], payment.Events.OrderBy(e => e.Id).Select(e => e.Status));
        await using var db = services.Database.NewContext();
        Assert.Equal(0, (await db.Members.SingleAsync(m => m.Id == member.Id)).FeeToPayRials);
    }

    [Fact]
    public async Task Reject_PendingCommitteeClient_StillOwesThePublicFee()
    {
        var member = await RegisterAsync(3, MemberCategory.CommitteeClient);

        await InScopeAsync<CategoryVerification>(v => v.RejectAsync(member.Id, "نام در فهرست کمیته نیست", default));

        var payment = await PaymentOfAsync(p => p.MemberId == member.Id);
        Assert.Equal((PaymentStatus.Due, 1_000_000L), (payment.Status, payment.DueRials));
    }

    [Fact]
    public async Task Book_VerifiedLibraryMember_PaymentKeepsTheCategoryAndTheDiscountedAmount()
    {
        await AddMemberAsync(4, MemberCategory.LibraryMember, CategoryStatus.Verified);

        var booking = await BookAsync(4, 0);

        var payment = await PaymentOfAsync(p => p.BookingId == booking.Id);
        Assert.Equal((PaymentFor.Booking, PaymentStatus.Due, 2_000_000L, 1_400_000L, MemberCategory.LibraryMember, booking.StartsAt),
            (payment.For, payment.Status, payment.ListRials, payment.DueRials, payment.Category, payment.ServiceAt));
    }

    [Fact]
    public async Task CancelByUser_Due_PaymentCancelled()
    {
        var booking = await BookAsync(5, 0);

        await InScopeAsync<BookingService>(s => s.CancelByUserAsync(booking.Id, Bot, 5, default));

        Assert.Equal(PaymentStatus.Cancelled, (await PaymentOfAsync(p => p.BookingId == booking.Id)).Status);
    }

    [Fact]
    public async Task CancelByStaff_PaidAtTheDesk_RefundedAndKeepsItsReceipt()
    {
        var booking = await BookAsync(6, 0);
        var paid = await RecordAtDeskAsync((await PaymentOfAsync(p => p.BookingId == booking.Id)).Id, null);
        Assert.Equal(DeskPaymentOutcome.Recorded, paid.Outcome);

        await InScopeAsync<BookingService>(s => s.CancelByStaffAsync(booking.Id, "بیماری مشاور", default));

        var payment = await PaymentOfAsync(p => p.BookingId == booking.Id);
        Assert.Equal((PaymentStatus.Refunded, PaymentMethod.DeskCash, $"1405-{payment.Id:D6}"), (payment.Status, payment.Method, payment.ReceiptNumber));
        Assert.Equal([PaymentStatus.Due, PaymentStatus.Paid, PaymentStatus.Refunded], payment.Events.OrderBy(e => e.Id).Select(e => e.Status));
    }

    [Fact]
    public async Task Reschedule_Paid_PaymentFollowsTheBookingAndStaysPaid()
    {
        var booking = await BookAsync(7, 0);
        var paymentId = (await PaymentOfAsync(p => p.BookingId == booking.Id)).Id;
        await RecordAtDeskAsync(paymentId, null);
        var later = (await FreeSlotsAsync())[3];

        var moved = (await InScopeAsync<BookingService, BookingResult>(s => s.RescheduleAsync(booking.Id, Bot, 7, later, default))).Booking!;

        var payment = await PaymentOfAsync(p => p.Id == paymentId);
        Assert.Equal((moved.Id, later.StartsAt, PaymentStatus.Paid), (payment.BookingId!.Value, payment.ServiceAt, payment.Status));
        await using var db = services.Database.NewContext();
        Assert.Equal(1, await db.Payments.CountAsync(p => p.For == PaymentFor.Booking));
    }

    [Fact]
    public async Task RecordAtDesk_Twice_SecondIsToldItIsPaidAndNothingIsRecordedAgain()
    {
        var paymentId = await PaymentIdOfBookingAsync(8);

        var first = await RecordAtDeskAsync(paymentId, [libraryId]);
        var second = await RecordAtDeskAsync(paymentId, [libraryId]);

        Assert.Equal((DeskPaymentOutcome.Recorded, DeskPaymentOutcome.AlreadyPaid), (first.Outcome, second.Outcome));
        var payment = await PaymentOfAsync(p => p.Id == paymentId);
        Assert.Equal((Staff, Now), (payment.SettledBy, payment.SettledAt));
        Assert.Single(payment.Events, e => e.Status == PaymentStatus.Paid);
    }

    [Fact]
    public async Task RecordAtDesk_FourDesksAtOnce_PaidOnceWithOneReceipt()
    {
        var paymentId = await PaymentIdOfBookingAsync(9);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => RecordAtDeskAsync(paymentId, null))));

        Assert.Single(results, r => r.Outcome == DeskPaymentOutcome.Recorded);
        Assert.All(results.Where(r => r.Outcome != DeskPaymentOutcome.Recorded), r => Assert.Equal(DeskPaymentOutcome.AlreadyPaid, r.Outcome));
        Assert.Single((await PaymentOfAsync(p => p.Id == paymentId)).Events, e => e.Status == PaymentStatus.Paid);
    }

    [Fact]
    public async Task RecordAtDesk_OutsideTheStaffsLibraries_NotFoundAndUnpaid()
    {
        var paymentId = await PaymentIdOfBookingAsync(10);

        var refused = await RecordAtDeskAsync(paymentId, [otherLibraryId]);

        Assert.Equal(DeskPaymentOutcome.NotFound, refused.Outcome);
        Assert.Equal(PaymentStatus.Due, (await PaymentOfAsync(p => p.Id == paymentId)).Status);
    }

    [Fact]
    public async Task RecordAtDesk_Waived_NothingToPay()
    {
        var member = await RegisterAsync(11, MemberCategory.CommitteeClient);
        await InScopeAsync<CategoryVerification>(v => v.VerifyAsync(member.Id, default));

        var result = await RecordAtDeskAsync((await PaymentOfAsync(p => p.MemberId == member.Id)).Id, null);

        Assert.Equal(DeskPaymentOutcome.NothingToPay, result.Outcome);
    }

    [Fact]
    public async Task SignUp_PaidSeatThenCancel_OneSeatPaymentCancelled()
    {
        int workshopId;
        await using (var db = services.Database.NewContext())
        {
            var workshop = new Workshop
            {
                Title = "مهارت‌های زندگی", Kind = WorkshopKind.Empowerment, LibraryId = libraryId, Capacity = 5, BasePrice = 3_000_000,
                SignUpDeadline = Now.AddDays(9),
            };
            workshop.Schedule([(Now.AddDays(10), Now.AddDays(10).AddHours(2))]);
            db.Workshops.Add(workshop);
            await db.SaveChangesAsync();
            workshopId = workshop.Id;
        }

        var seat = (await InScopeAsync<WorkshopService, SignUpResult>(s => s.SignUpAsync(Bot, 12, 12, workshopId, default))).Registration!;
        var opened = await PaymentOfAsync(p => p.WorkshopRegistrationId == seat.Id);
        await InScopeAsync<WorkshopService, WorkshopCancelOutcome>(s => s.CancelAsync(seat.Id, Bot, 12, default));

        Assert.Equal((PaymentFor.WorkshopSeat, PaymentStatus.Due, 3_000_000L), (opened.For, opened.Status, opened.DueRials));
        Assert.Equal(PaymentStatus.Cancelled, (await PaymentOfAsync(p => p.WorkshopRegistrationId == seat.Id)).Status);
    }

    [Fact]
    public async Task Book_SlotRaceLost_LeavesNoPayment()
    {
        var slot = (await FreeSlotsAsync())[0];

        var results = await Task.WhenAll(Enumerable.Range(20, 6).Select(user => Task.Run(() =>
            InScopeAsync<BookingService, BookingResult>(s => s.BookAsync(new BookingRequest(Bot, user, user, slot, CounselingTopic.Family, null), default)))));

        var won = Assert.Single(results, r => r.Booking is not null).Booking!;
        await using var db = services.Database.NewContext();
        Assert.Equal(won.Id, (await db.Payments.SingleAsync()).BookingId);
    }

    private async Task<Member> RegisterAsync(long user, MemberCategory category) =>
        await InScopeAsync<MembershipService, Member>(async s =>
        {
            var result = await s.RegisterAsync(new Registration(Bot, user, user, category, "زهرا محمدی", $"{user:D10}", $"+98912{user:D7}", libraryId, null, null), default);
            return result.Member!;
        });

    private async Task AddMemberAsync(long n, MemberCategory category, CategoryStatus status)
    {
        await using var db = services.Database.NewContext();
        db.Members.Add(Seed.Member(libraryId, n, category, status, bot: Bot));
        await db.SaveChangesAsync();
    }

    private async Task<Booking> BookAsync(long user, int slotIndex)
    {
        var slot = (await FreeSlotsAsync())[slotIndex];
        return (await InScopeAsync<BookingService, BookingResult>(s =>
            s.BookAsync(new BookingRequest(Bot, user, user, slot, CounselingTopic.Family, null), default))).Booking!;
    }

    private async Task<int> PaymentIdOfBookingAsync(long user)
    {
        var booking = await BookAsync(user, 0);
        return (await PaymentOfAsync(p => p.BookingId == booking.Id)).Id;
    }

    private Task<DeskPaymentResult> RecordAtDeskAsync(int paymentId, IReadOnlyCollection<int>? libraries) =>
        InScopeAsync<PaymentLedger, DeskPaymentResult>(l => l.RecordAtDeskAsync(paymentId, PaymentMethod.DeskCash, Staff, libraries, default));

    private async Task<Payment> PaymentOfAsync(System.Linq.Expressions.Expression<Func<Payment, bool>> which)
    {
        await using var db = services.Database.NewContext();
        return await db.Payments.AsNoTracking().Include(p => p.Events).SingleAsync(which);
    }

    private Task<IReadOnlyList<Slot>> FreeSlotsAsync() =>
        services.InScopeAsync<CounselingSchedule, IReadOnlyList<Slot>>(s => s.FreeSlotsAsync(libraryId, [counselorId], default));

    // As one update or request: the service's changes and the caller's commit.
    private async Task<T> InScopeAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = services.NewScope();
        var result = await work(scope.ServiceProvider.GetRequiredService<TService>());
        await scope.Db().SaveChangesAsync();
        return result;
    }

    private async Task InScopeAsync<TService>(Func<TService, Task> work)
        where TService : notnull =>
        await InScopeAsync<TService, bool>(async s => { await work(s); return true; });
}
