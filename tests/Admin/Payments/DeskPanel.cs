using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Workshops;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Admin.Payments;

/// <summary>
/// The panel in the test process on a fresh database with two libraries, a counsellor working at both, a library
/// operator of the first and a counsellor's account; payments are added as the ledger would have opened them.
/// </summary>
public sealed class DeskPanel : IDisposable
{
    public const string Operator = "desk1";
    public const string CounselorUser = "moshaver1";

    private int made;

    private DeskPanel(PanelSession session) => Session = session;

    public PanelSession Session { get; }
    public int LibraryOneId { get; private set; }
    public int LibraryTwoId { get; private set; }
    public int CounselorId { get; private set; }

    public static async Task<DeskPanel> StartAsync(bool listen = false)
    {
        var session = listen ? await PanelSession.StartListeningAsync(demoData: false) : await PanelSession.StartAsync(demoData: false);
        var panel = new DeskPanel(session);
        try
        {
            await panel.SeedAsync();
            return panel;
        }
        catch
        {
            panel.Dispose();
            throw;
        }
    }

    public Task<HttpClient> OperatorAsync() => Session.SignInAsync(Operator);

    /// <summary>A booking tomorrow and its payment, in the given state.</summary>
    public async Task<int> AddBookingPaymentAsync(int libraryId, PaymentStatus status = PaymentStatus.Due, long listRials = 2_000_000, long dueRials = 2_000_000,
        PaymentMethod? method = null, MemberCategory category = MemberCategory.Public, DateTime? serviceAt = null, DateTime? settledAt = null)
    {
        var n = Interlocked.Increment(ref made);
        var startsAt = serviceAt ?? DateTime.UtcNow.Date.AddDays(1).AddHours(5).AddMinutes(45 * n);
        await using var db = Session.Database.NewContext();
        var booking = new Booking
        {
            TrackingCode = $"{7_000_000 + n}", BotName = "test", UserId = n, ChatId = n, CounselorId = CounselorId, LibraryId = libraryId,
            Topic = CounselingTopic.Family, StartsAt = startsAt, EndsAt = startsAt.AddMinutes(45),
            Status = status is PaymentStatus.Cancelled or PaymentStatus.Refunded ? BookingStatus.CancelledByUser : BookingStatus.Confirmed,
            BaseRials = listRials, DiscountRials = listRials - dueRials, ToPayRials = dueRials, CreatedAt = DateTime.UtcNow,
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        var payment = new Payment
        {
            For = PaymentFor.Booking, BookingId = booking.Id, LibraryId = libraryId, Category = category, ServiceAt = startsAt,
            ListRials = listRials, DueRials = dueRials, Status = status, Method = method, BotName = "test", ChatId = n, CreatedAt = DateTime.UtcNow,
        };
        if (status is PaymentStatus.Paid or PaymentStatus.Refunded or PaymentStatus.Waived)
        {
            (payment.SettledAt, payment.SettledBy) = (settledAt ?? DateTime.UtcNow, PaymentLedger.ByBot);
        }

        payment.Events.Add(new PaymentEvent { At = DateTime.UtcNow, Status = status, Method = method, DueRials = dueRials, By = PaymentLedger.ByBot });
        db.Payments.Add(payment);
        await db.SaveChangesAsync();
        if (status is PaymentStatus.Paid or PaymentStatus.Refunded)
        {
            payment.ReceiptNumber = $"1405-{payment.Id:D6}";
            await db.SaveChangesAsync();
        }

        return payment.Id;
    }

    /// <summary>A due seat at a workshop next week for a member registered at the desk; returns the workshop's and the payment's ids.</summary>
    public async Task<(int WorkshopId, int PaymentId)> AddSeatPaymentAsync(int libraryId, long dueRials)
    {
        var n = Interlocked.Increment(ref made);
        await using var db = Session.Database.NewContext();
        var member = Seed.Member(libraryId, n, bot: null, createdAt: DateTime.UtcNow);
        var starts = DateTime.UtcNow.Date.AddDays(7).AddHours(6);
        var workshop = new Workshop
        {
            Title = "کارگاه کتاب‌خوانی", Kind = WorkshopKind.Other, LibraryId = libraryId, Capacity = 10, SignUpDeadline = starts.AddDays(-1), BasePrice = dueRials,
        };
        workshop.Schedule([(starts, starts.AddHours(2))]);
        db.AddRange(member, workshop);
        await db.SaveChangesAsync();
        var registration = new WorkshopRegistration
        {
            WorkshopId = workshop.Id, MemberId = member.Id, RegisteredBy = Operator, Status = RegistrationStatus.Confirmed, Seat = 1,
            BaseRials = dueRials, ToPayRials = dueRials, CreatedAt = DateTime.UtcNow,
        };
        db.WorkshopRegistrations.Add(registration);
        await db.SaveChangesAsync();
        var payment = new Payment
        {
            For = PaymentFor.WorkshopSeat, WorkshopRegistrationId = registration.Id, LibraryId = libraryId, ServiceAt = starts, ListRials = dueRials,
            DueRials = dueRials, Status = PaymentStatus.Due, CreatedAt = DateTime.UtcNow,
        };
        db.Payments.Add(payment);
        await db.SaveChangesAsync();
        return (workshop.Id, payment.Id);
    }

    /// <summary>A member registered at the desk and the payment of their card, in the given state; returns the member's and the payment's ids.</summary>
    public async Task<(int MemberId, int PaymentId)> AddMembershipPaymentAsync(int libraryId, PaymentStatus status, long dueRials, PaymentMethod? method = null)
    {
        var n = Interlocked.Increment(ref made);
        await using var db = Session.Database.NewContext();
        var member = Seed.Member(libraryId, n, bot: null, createdAt: DateTime.UtcNow);
        db.Members.Add(member);
        await db.SaveChangesAsync();
        var payment = new Payment
        {
            For = PaymentFor.Membership, MemberId = member.Id, LibraryId = libraryId, ServiceAt = member.CreatedAt, ListRials = 1_000_000,
            DueRials = dueRials, Status = status, Method = method, CreatedAt = DateTime.UtcNow,
            Category = method == PaymentMethod.Committee ? MemberCategory.CommitteeClient : MemberCategory.Public,
        };
        db.Payments.Add(payment);
        await db.SaveChangesAsync();
        return (member.Id, payment.Id);
    }

    public async Task<Payment> PaymentAsync(int id)
    {
        await using var db = Session.Database.NewContext();
        return await db.Payments.AsNoTracking().Include(p => p.Events).SingleAsync(p => p.Id == id);
    }

    public async Task<IReadOnlyList<(string Action, string? Subject)>> AuditAsync()
    {
        await using var db = Session.Database.NewContext();
        return [.. (await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Action, e.Subject }).ToListAsync()).Select(e => (e.Action, e.Subject))];
    }

    private async Task SeedAsync()
    {
        await using var db = Session.Database.NewContext();
        var one = new Library { Name = "کتابخانه مرکزی ایلام", Province = Seed.Province, City = "ایلام" };
        var two = new Library { Name = "کتابخانه عمومی مهران", Province = Seed.Province, City = "مهران" };
        var counselor = new Counselor { FullName = "مریم کاظمی", Specialties = CounselingTopic.Family, BasePrice = 2_000_000 };
        db.AddRange(one, two, counselor);
        await db.SaveChangesAsync();
        (LibraryOneId, LibraryTwoId, CounselorId) = (one.Id, two.Id, counselor.Id);
        await Session.AddStaffAsync(Operator, "LibraryOperator", one.Id);
        await Session.AddStaffAsync(CounselorUser, "Counselor");
    }

    public void Dispose() => Session.Dispose();
}
