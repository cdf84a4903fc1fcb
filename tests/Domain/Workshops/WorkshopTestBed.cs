using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Pricing;
using RahZendegi.Domain.Workshops;
using RahZendegi.Tests.Support;

namespace RahZendegi.Tests.Domain.Workshops;

/// <summary>A migrated database (a SQLite file unless asked for PostgreSQL) with a library and the article's workshop discounts, and a fake clock.</summary>
internal sealed class WorkshopTestBed : IAsyncDisposable
{
    public const string Bot = "test";
    public static readonly DateTime Start = new(2026, 11, 28, 6, 0, 0, DateTimeKind.Utc);

    private readonly TestDatabase database;
    private readonly DomainServices services;

    private WorkshopTestBed(DatabaseProvider provider)
    {
        database = TestDatabase.Migrated(provider);
        services = new DomainServices(database, Time);
    }

    public FakeTimeProvider Time { get; } = new(Start);
    public WorkshopOptions Options => services.Root.GetRequiredService<IOptions<WorkshopOptions>>().Value;
    public int LibraryId { get; private set; }

    public static async Task<WorkshopTestBed> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var bed = new WorkshopTestBed(provider);
        await using var db = bed.database.NewContext();
        var library = Seed.Library("ایلام", "کتابخانه عمومی مرکزی ایلام");
        db.Libraries.Add(library);
        db.DiscountRules.AddRange(
            new DiscountRule { ServiceKind = ServiceKind.Workshop, Category = MemberCategory.CommitteeClient, Percent = 100 },
            new DiscountRule { ServiceKind = ServiceKind.Workshop, Category = MemberCategory.LibraryStaff, Percent = 100 },
            new DiscountRule { ServiceKind = ServiceKind.Workshop, Category = MemberCategory.LibraryMember, Percent = 100 });
        await db.SaveChangesAsync();
        bed.LibraryId = library.Id;
        return bed;
    }

    /// <summary>A context and the services over it, as one update's scope (or one pipeline lane) would have.</summary>
    public Lane NewLane() => new(services.NewScope());

    public AppDbContext NewContext() => database.NewContext();

    public async Task<int> AddWorkshopAsync(int capacity, long price = 3_000_000, WorkshopKind kind = WorkshopKind.Empowerment,
        TimeSpan? startsIn = null, TimeSpan? deadlineIn = null, int sessions = 1, WorkshopStatus status = WorkshopStatus.Published)
    {
        var first = Start + (startsIn ?? TimeSpan.FromDays(5));
        var workshop = new Workshop
        {
            Title = "کارگاه توانمندسازی زنان سرپرست خانوار",
            Kind = kind,
            LibraryId = LibraryId,
            Capacity = capacity,
            SignUpDeadline = Start + (deadlineIn ?? TimeSpan.FromDays(4)),
            BasePrice = price,
            Status = status,
        };
        workshop.Schedule(Enumerable.Range(0, sessions).Select(i => (first.AddDays(7 * i), first.AddDays(7 * i).AddHours(2))));
        await using var db = database.NewContext();
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync();
        return workshop.Id;
    }

    public async Task AddMemberAsync(long userId, MemberCategory category, CategoryStatus status)
    {
        await using var db = database.NewContext();
        db.Members.Add(Seed.Member(LibraryId, userId, category, status, Bot, createdAt: Start));
        await db.SaveChangesAsync();
    }

    /// <summary>A member registered at the desk, with no messenger account; returns the member's id.</summary>
    public async Task<int> AddWalkInMemberAsync(long n, MemberCategory category = MemberCategory.Public, CategoryStatus status = CategoryStatus.None)
    {
        await using var db = database.NewContext();
        var member = Seed.Member(LibraryId, n, category, status, bot: null, createdAt: Start);
        db.Members.Add(member);
        await db.SaveChangesAsync();
        return member.Id;
    }

    public async Task<int> MemberIdAsync(long userId)
    {
        await using var db = database.NewContext();
        return await db.Members.Where(m => m.BotName == Bot && m.UserId == userId).Select(m => m.Id).SingleAsync();
    }

    public Task<SignUpResult> SignUpForMemberAsync(int memberId, int workshopId) =>
        InLaneAsync(l => l.Service.SignUpForMemberAsync(memberId, workshopId, "operator1", default));

    public Task<SignUpResult> SignUpAsync(long userId, int workshopId) => InLaneAsync(l => l.Service.SignUpAsync(Bot, userId, userId, workshopId, default));

    public Task<WorkshopCancelOutcome> CancelAsync(long userId, int registrationId) => InLaneAsync(l => l.Service.CancelAsync(registrationId, Bot, userId, default));

    public Task<ConfirmOfferResult> ConfirmAsync(long userId, int registrationId) => InLaneAsync(l => l.Service.ConfirmOfferAsync(registrationId, Bot, userId, default));

    public Task<int> ExpireOffersAsync() => InLaneAsync(l => l.Rounds.ExpireOffersAsync(default));

    public Task<int> QueueRemindersAsync() => InLaneAsync(l => l.Rounds.QueueRemindersAsync(default));

    public async Task<T> InLaneAsync<T>(Func<Lane, Task<T>> work)
    {
        await using var lane = NewLane();
        return await work(lane);
    }

    public async Task<List<(long ChatId, OutgoingText Message)>> OutboxAsync()
    {
        await using var db = database.NewContext();
        return [.. (await db.OutboxMessages.OrderBy(m => m.Id).ToListAsync()).Select(m => (m.ChatId, (OutgoingText)Outgoing.Deserialize(m.Payload)))];
    }

    public async Task<int> SeatsHeldAsync(int workshopId)
    {
        await using var db = database.NewContext();
        return await db.WorkshopRegistrations.Where(WorkshopRegistration.HoldsSeat).CountAsync(r => r.WorkshopId == workshopId);
    }

    public async Task<WorkshopRegistration> RegistrationAsync(int id)
    {
        await using var db = database.NewContext();
        return await db.WorkshopRegistrations.SingleAsync(r => r.Id == id);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        database.Dispose();
    }

    /// <summary>One scope: a context and the services over it.</summary>
    internal sealed class Lane(AsyncServiceScope scope) : IAsyncDisposable
    {
        public WorkshopService Service => scope.Get<WorkshopService>();

        public WorkshopRounds Rounds => scope.Get<WorkshopRounds>();

        public AppDbContext Db => scope.Db();

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}
