using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Conversations;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Pricing;
using RahZendegi.Domain.Privacy;
using RahZendegi.Domain.Staff;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Domain.Data;

public class AppDbContext : IdentityDbContext<StaffUser>
{
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own context type (<see cref="Postgres.PostgresDbContext"/>), which keeps its own migrations.</summary>
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<InboxUpdate> InboxUpdates => Set<InboxUpdate>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ConversationState> Conversations => Set<ConversationState>();
    public DbSet<Library> Libraries => Set<Library>();
    public DbSet<Counselor> Counselors => Set<Counselor>();
    public DbSet<WeeklyPlanEntry> WeeklyPlanEntries => Set<WeeklyPlanEntry>();
    public DbSet<CounselorLeave> CounselorLeaves => Set<CounselorLeave>();
    public DbSet<LibraryClosure> LibraryClosures => Set<LibraryClosure>();
    public DbSet<OfficialHoliday> OfficialHolidays => Set<OfficialHoliday>();
    public DbSet<Workshop> Workshops => Set<Workshop>();
    public DbSet<WorkshopSession> WorkshopSessions => Set<WorkshopSession>();
    public DbSet<WorkshopRegistration> WorkshopRegistrations => Set<WorkshopRegistration>();
    public DbSet<DiscountRule> DiscountRules => Set<DiscountRule>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<CategoryProof> CategoryProofs => Set<CategoryProof>();
    public DbSet<MemberAccount> MemberAccounts => Set<MemberAccount>();
    public DbSet<StaffLibrary> StaffLibraries => Set<StaffLibrary>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Booking> Bookings => Set<Booking>();
    public DbSet<NoShowApproval> NoShowApprovals => Set<NoShowApproval>();
    public DbSet<SlotWatch> SlotWatches => Set<SlotWatch>();
    public DbSet<EligibleNationalId> EligibleNationalIds => Set<EligibleNationalId>();
    public DbSet<DiscountCode> DiscountCodes => Set<DiscountCode>();
    public DbSet<Subscription> Subscriptions => Set<Subscription>();
    public DbSet<Broadcast> Broadcasts => Set<Broadcast>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<DefaultsWritten> DefaultsWritten => Set<DefaultsWritten>();
    public DbSet<PaymentEvent> PaymentEvents => Set<PaymentEvent>();
    public DbSet<PrivacyConsent> PrivacyConsents => Set<PrivacyConsent>();
    public DbSet<CounselorAccount> CounselorAccounts => Set<CounselorAccount>();
    public DbSet<CounselorLinkCode> CounselorLinkCodes => Set<CounselorLinkCode>();
    public DbSet<LeaveRequest> LeaveRequests => Set<LeaveRequest>();
    public DbSet<Feedback.ClientFeedback> Feedback => Set<Feedback.ClientFeedback>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
