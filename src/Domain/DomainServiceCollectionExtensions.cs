using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RahZendegi.Domain.Announcements;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Data.Backups;
using RahZendegi.Domain.Data.Postgres;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Messaging;
using RahZendegi.Domain.Payments;
using RahZendegi.Domain.Staff;
using RahZendegi.Domain.Pricing;
using RahZendegi.Domain.Privacy;
using RahZendegi.Domain.Reports;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Domain;

public static class DomainServiceCollectionExtensions
{
    public static IServiceCollection AddDomain(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.Section)
            .Validate(o => o.Interval >= TimeSpan.FromMinutes(1), "Backup:Interval must be a time span of a minute or more, such as 06:00:00.")
            .Validate(o => o.Keep is >= 1 and <= 10_000, "Backup:Keep must be between 1 and 10000.")
            .Validate(o => o.Folder.IndexOfAny(Path.GetInvalidPathChars()) < 0, "Backup:Folder must be a folder path, such as backups.")
            .ValidateOnStart();
        services.AddHostedService<BackupService>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxNotifications>();
        services.AddScoped<MessagingHousekeeping>();
        services.AddOptions<MembershipOptions>().BindConfiguration(MembershipOptions.Section)
            .Validate(o => o.FeeRials >= 0, "Membership:FeeRials must be zero or more.")
            .Validate(o => o.ProofRetentionDays is >= 1 and <= 3650, "Membership:ProofRetentionDays must be between 1 and 3650.")
            .ValidateOnStart();
        services.AddScoped<LibraryDirectory>();
        services.AddScoped<AuditLog>();
        services.AddScoped<PaymentLedger>();
        services.AddScoped<DeskTakings>();
        services.AddScoped<MembershipService>();
        services.AddScoped<MemberAccounts>();
        services.AddScoped<CategoryVerification>();
        services.AddScoped<ProofRetention>();
        services.AddOptions<CounselingOptions>().BindConfiguration(CounselingOptions.Section)
            .Validate(o => o.HorizonDays is > 0 and <= 90, "Counseling:HorizonDays must be between 1 and 90.")
            .Validate(o => o.MaxFutureBookingsPerUser > 0, "Counseling:MaxFutureBookingsPerUser must be positive.")
            .Validate(o => o.NoShowLimit > 0, "Counseling:NoShowLimit must be positive.")
            .ValidateOnStart();
        services.AddScoped<CounselingSchedule>();
        services.AddScoped<BookingService>();
        services.AddScoped<BookingReminders>();
        services.AddScoped<ScheduleChanges>();
        services.AddScoped<SlotWatches>();
        services.AddScoped<CounselorAccounts>();
        services.AddScoped<CounselorDay>();
        services.AddScoped<Feedback.FeedbackService>();
        services.AddOptions<WorkshopOptions>().BindConfiguration(WorkshopOptions.Section)
            .Validate(o => o.OfferTime > TimeSpan.Zero, "Workshops:OfferTime must be positive.")
            .Validate(o => o.Reminder > TimeSpan.Zero, "Workshops:Reminder must be positive.")
            .ValidateOnStart();
        services.AddScoped<WaitingList>();
        services.AddScoped<WorkshopService>();
        services.AddScoped<WorkshopRounds>();
        services.AddOptions<DatabaseProviderOptions>().BindConfiguration(DatabaseProviderOptions.Section)
            .Validate(o => Enum.IsDefined(o.Provider), "Database:Provider must be Sqlite or Postgres.")
            .ValidateOnStart();
        // On SQLite the contexts come from a pool: every update, inbox batch and sent mark takes one, and building a
        // new context each time (its options, interceptors and internal services) was a visible share of the CPU.
        // The interceptors keep no state of their own beyond what is keyed by the context and cleared at its save.
        services.AddPooledDbContextFactory<AppDbContext>((provider, options) =>
            options.UseSqlite(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Default)
                // SQLite's table rebuilds turn foreign keys off outside the transaction, which SQLite requires (ADR 10).
                .ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Information)))
                .AddInterceptors(new SqlitePragmas(), new SqliteWriteGate(), new LastUsedMessenger(), provider.GetRequiredService<OutboxNotifications>()));
        services.AddDbContext<PostgresDbContext>((provider, options) =>
            options.UseNpgsql(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Default)
                .AddInterceptors(new LastUsedMessenger(), provider.GetRequiredService<OutboxNotifications>()));

        // Everything asks for AppDbContext; on PostgreSQL it is a PostgresDbContext, the type its migrations belong to.
        // PostgreSQL needs neither the pragmas nor the write gate.
        services.Replace(ServiceDescriptor.Scoped<AppDbContext>(provider =>
            provider.GetRequiredService<IOptions<DatabaseProviderOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? provider.GetRequiredService<PostgresDbContext>()
                : provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext()));
        services.AddScoped<DiscountCodes>();
        services.AddScoped<DiscountTable>();
        services.AddScoped<Dashboard>();
        services.AddScoped<PaymentReport>();
        services.AddScoped<Trends>();
        services.AddScoped<MessagingLoad>();
        services.AddScoped<SubscriptionService>();
        services.AddScoped<BroadcastService>();
        services.AddScoped<PrivacyConsents>();
        services.AddScoped<PersonalData>();
        services.AddScoped<PersonalDataErasure>();
        services.AddScoped<AbandonedDrafts>();
        return services;
    }
}
