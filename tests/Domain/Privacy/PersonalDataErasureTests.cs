using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Conversations;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Privacy;
using RahZendegi.Domain.Reports;
using RahZendegi.Domain.Workshops;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Privacy;

public sealed class PersonalDataErasureOnSqliteTests() : PersonalDataErasureTests(DatabaseProvider.Sqlite);

public sealed class PersonalDataErasureOnPostgresTests() : PersonalDataErasureTests(DatabaseProvider.Postgres);

/// <summary>
/// «حذف عضویت و اطلاعات من»: the person's fields go, their future session and seat are cancelled (the next waiter is
/// offered the seat), and what stays for the charity's figures names no one and adds up as before.
/// </summary>
public abstract class PersonalDataErasureTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Bot = "test";
    private const long Me = 1;
    private const long Waiter = 2;

    // Mid Azar 1405: the past services fall in Azar, the future ones in Dey.
    private static readonly DateTime Now = JalaliDate.ToUtc(1405, 9, 25, new TimeOnly(10, 0)).Utc!.Value;
    private static readonly JalaliMonth Azar = new(1405, 9);

    private readonly TestDatabase database = TestDatabase.Migrated(provider);
    private readonly FakeTimeProvider time = new(Now);
    private DomainServices services = null!;
    private int memberId;
    private int futureBookingId;
    private int seatId;
    private int waiterId;

    public async Task InitializeAsync()
    {
        services = new DomainServices(database, time);
        await using var db = database.NewContext();
        var (library, counselor) = await Seed.CounselingAsync(db, "ایلام");
        var member = Seed.Member(library.Id, Me, MemberCategory.LibraryMember, CategoryStatus.Verified, Bot, createdAt: Now.AddDays(-10));
        member.Proofs.Add(new CategoryProof { BotName = Bot, FileId = "file-1", FileUniqueId = "u-1", ReceivedAt = Now.AddDays(-10) });
        db.Members.Add(member);
        await db.SaveChangesAsync();
        memberId = member.Id;
        db.Payments.Add(Payment(PaymentFor.Membership, library.Id, PaymentStatus.Paid, 1_000_000, 1_000_000, Now.AddDays(-10), memberId: memberId));

        var past = Booking(counselor, library.Id, Now.AddDays(-3), BookingStatus.Attended);
        var future = Booking(counselor, library.Id, Now.AddDays(10), BookingStatus.Confirmed);
        db.Bookings.AddRange(past, future);
        var workshop = new Workshop
        {
            Title = "کارگاه توانمندسازی", Kind = WorkshopKind.Empowerment, LibraryId = library.Id, Capacity = 1,
            SignUpDeadline = Now.AddDays(9), BasePrice = 0, Status = WorkshopStatus.Published,
        };
        workshop.Schedule([(Now.AddDays(10), Now.AddDays(10).AddHours(2))]);
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync();
        futureBookingId = future.Id;
        db.Payments.Add(Payment(PaymentFor.Booking, library.Id, PaymentStatus.Paid, 2_000_000, 1_400_000, past.StartsAt, bookingId: past.Id));
        db.Payments.Add(Payment(PaymentFor.Booking, library.Id, PaymentStatus.Due, 2_000_000, 1_400_000, future.StartsAt, bookingId: future.Id));

        var seat = Registration(workshop.Id, Me, RegistrationStatus.Confirmed, 1);
        var waiting = Registration(workshop.Id, Waiter, RegistrationStatus.Waiting, null);
        db.WorkshopRegistrations.AddRange(seat, waiting);
        db.Subscriptions.Add(new Subscription { BotName = Bot, UserId = Me, ChatId = Me, Topics = AnnouncementTopic.All, UpdatedAt = Now });
        db.PrivacyConsents.Add(new PrivacyConsent { BotName = Bot, UserId = Me, ConsentedAt = Now.AddDays(-10) });
        db.Conversations.Add(new ConversationState { BotName = Bot, UserId = Me, ChatId = Me, Flow = "Membership", State = "Phone", Draft = "{\"FullName\":\"زهرا محمدی\"}" });
        db.OutboxMessages.Add(OutboxMessage.Create(Bot, Me, new OutgoingText("نام: زهرا محمدی"), Now.AddDays(-10), OutboxKind.Reply));
        await db.SaveChangesAsync();
        (seatId, waiterId) = (seat.Id, waiting.Id);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task Erase_AMemberWithPastAndFutureServices_LeavesOnlyAnonymousRowsAndTheReportsTotalsUnchanged()
    {
        var before = await ReportAsync();

        Assert.Equal(ErasureOutcome.Erased, await EraseAsync());

        await using var db = database.NewContext();
        var member = await db.Members.SingleAsync();
        Assert.Equal((ErasedMember.FullName, ErasedMember.NationalId(memberId), ErasedMember.Phone, null, null, null),
            (member.FullName, member.NationalId, member.Phone, member.BotName, member.UserId, member.ChatId));
        Assert.False(await db.CategoryProofs.AnyAsync());

        var bookings = await db.Bookings.OrderBy(b => b.StartsAt).ToListAsync();
        Assert.Equal([BookingStatus.Attended, BookingStatus.CancelledByUser], bookings.Select(b => b.Status));
        Assert.All(bookings, b => Assert.Equal((null, null, null, memberId), (b.BotName, b.UserId, b.ChatId, b.MemberId)));
        Assert.Equal(PaymentStatus.Cancelled, (await db.Payments.SingleAsync(p => p.BookingId == futureBookingId)).Status);
        Assert.All(await db.Payments.ToListAsync(), p => Assert.Equal((null, null), (p.BotName, p.ChatId)));

        var seat = await db.WorkshopRegistrations.SingleAsync(r => r.Id == seatId);
        Assert.Equal((RegistrationStatus.Cancelled, null, null, memberId), (seat.Status, seat.BotName, seat.UserId, seat.MemberId));
        var moved = await db.WorkshopRegistrations.SingleAsync(r => r.Id == waiterId);
        Assert.Equal((RegistrationStatus.Offered, 1), (moved.Status, moved.Seat));

        Assert.False(await db.Subscriptions.AnyAsync());
        Assert.False(await db.PrivacyConsents.AnyAsync());
        Assert.False(await db.Conversations.AnyAsync(c => c.UserId == Me));
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.ChatId == Me));
        Assert.Equal([Waiter], await db.OutboxMessages.Select(m => m.ChatId).ToListAsync());

        var after = await ReportAsync();
        Assert.Equal(before.Totals, after.Totals);
        Assert.Equal(before.Lines, after.Lines);
    }

    [Fact]
    public async Task EraseMember_FromThePanelTwice_ErasesOnceAndThenFindsNothing()
    {
        Assert.Equal(ErasureOutcome.Erased, await InScopeAsync(e => e.EraseMemberAsync(memberId, default)));
        Assert.Equal(ErasureOutcome.NothingKept, await InScopeAsync(e => e.EraseMemberAsync(memberId, default)));

        await using var db = database.NewContext();
        Assert.Equal(ErasedMember.FullName, (await db.Members.SingleAsync()).FullName);
        Assert.False(await db.Subscriptions.AnyAsync());
    }

    [Fact]
    public async Task WhatIsKept_BeforeAndAfterErasure_ShowsTheDataThenNothing()
    {
        var kept = await services.InScopeAsync<PersonalData, KeptData>(d => d.WhatIsKeptAsync(Bot, Me, default));
        Assert.Equal(("زهرا محمدی", 1, 1, 3, 2_400_000L), (kept.Member?.FullName, kept.FutureBookings.Count, kept.Seats.Count, kept.PaymentCount, kept.PaidRials));
        Assert.NotNull(kept.Subscription);

        await EraseAsync();

        Assert.True((await services.InScopeAsync<PersonalData, KeptData>(d => d.WhatIsKeptAsync(Bot, Me, default))).IsEmpty);
    }

    private Task<ErasureOutcome> EraseAsync() => InScopeAsync(e => e.EraseAsync(Bot, Me, default));

    /// <summary>As one update or one panel request: the erasure tracks, its caller commits.</summary>
    private async Task<ErasureOutcome> InScopeAsync(Func<PersonalDataErasure, Task<ErasureOutcome>> erase)
    {
        await using var scope = services.NewScope();
        var outcome = await erase(scope.Get<PersonalDataErasure>());
        await scope.Db().SaveChangesAsync();
        return outcome;
    }

    private async Task<PaymentReportResult> ReportAsync()
    {
        await using var db = database.NewContext();
        return await new PaymentReport(db).BuildAsync(Azar, Azar, null, default);
    }

    private static Booking Booking(Counselor counselor, int libraryId, DateTime startsAt, BookingStatus status) => new()
    {
        TrackingCode = global::RahZendegi.Domain.Counseling.Booking.NewTrackingCode(), BotName = Bot, UserId = Me, ChatId = Me,
        CounselorId = counselor.Id, LibraryId = libraryId, Topic = CounselingTopic.Family,
        StartsAt = startsAt, EndsAt = startsAt.AddMinutes(45), Status = status, BaseRials = 2_000_000, DiscountRials = 600_000, ToPayRials = 1_400_000,
        CreatedAt = startsAt.AddDays(-1),
    };

    private static WorkshopRegistration Registration(int workshopId, long user, RegistrationStatus status, int? seat) => new()
    {
        WorkshopId = workshopId, BotName = Bot, UserId = user, ChatId = user, Status = status, Seat = seat, CreatedAt = Now.AddDays(-1),
    };

    private static Payment Payment(PaymentFor kind, int libraryId, PaymentStatus status, long list, long due, DateTime serviceAt,
        int? memberId = null, int? bookingId = null) => new()
    {
        For = kind, MemberId = memberId, BookingId = bookingId, LibraryId = libraryId, Category = MemberCategory.LibraryMember, Status = status,
        ListRials = list, DueRials = due, Method = status == PaymentStatus.Paid ? PaymentMethod.DeskCash : null, ServiceAt = serviceAt,
        CreatedAt = serviceAt.AddDays(-1), BotName = Bot, ChatId = Me,
    };
}
