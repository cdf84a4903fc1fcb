using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RahZendegi.Bot.Announcements;
using RahZendegi.Bot.Conversations;
using RahZendegi.Bot.Counseling;
using RahZendegi.Bot.Feedback;
using RahZendegi.Bot.MainMenu;
using RahZendegi.Bot.Payments;
using RahZendegi.Bot.Privacy;
using RahZendegi.Bot.Workshops;
using RahZendegi.Bot.Membership;
using RahZendegi.Domain.Messaging;

namespace RahZendegi.Bot.Hosting;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// The bot worker: receivers, the update pipeline, the flows and the outbox senders. Without <paramref name="worker"/>
    /// only the bots' clients a panel uses (<see cref="BotClients"/>): nothing receives, sends or runs a
    /// scheduled round.
    /// </summary>
    public static IServiceCollection AddBot(this IServiceCollection services, bool worker = true)
    {
        services.AddOptions<List<BotOptions>>().BindConfiguration("Bots").ValidateOnStart();
        services.AddSingleton<IValidateOptions<List<BotOptions>>, BotOptionsValidation>();
        services.AddOptions<PipelineOptions>().BindConfiguration(PipelineOptions.Section)
            .Validate(o => o.Lanes is > 0 and <= 1024, "Pipeline:Lanes must be between 1 and 1024.")
            .Validate(o => o.UpdateDeadline > TimeSpan.Zero, "Pipeline:UpdateDeadline must be a positive time span such as 00:00:15.")
            .Validate(o => o.LongPollSeconds is >= 0 and <= 50, "Pipeline:LongPollSeconds must be between 0 and 50.")
            .Validate(o => o.MessagesPerSecondPerBot > 0 && o.MessagesPerSecondPerChat > 0 && o.ChatBurst > 0,
                "Pipeline:MessagesPerSecondPerBot, Pipeline:MessagesPerSecondPerChat and Pipeline:ChatBurst must be positive.")
            .Validate(o => o.BroadcastsPerSecondPerBot is null or > 0, "Pipeline:BroadcastsPerSecondPerBot must be positive, or empty for the platform's default.")
            .Validate(o => o.SendConcurrency is > 0 and <= 64, "Pipeline:SendConcurrency must be between 1 and 64.")
            .Validate(o => o.SendRetryDelay > TimeSpan.Zero, "Pipeline:SendRetryDelay must be a positive time span such as 00:00:00.500.")
            .ValidateOnStart();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section)
            .Validate(o => BotOptionsValidation.IsHttpAddress(o.Listen), "Webhook:Listen must be an absolute http address such as http://127.0.0.1:8443.")
            .ValidateOnStart();
        services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section);
        services.AddOptions<EmergencyLinesOptions>().BindConfiguration(EmergencyLinesOptions.Section)
            .Validate(o => EmergencyLinesOptions.IsPhoneNumber(o.SocialEmergency) && EmergencyLinesOptions.IsPhoneNumber(o.WelfareCounseling),
                "EmergencyLines:SocialEmergency and EmergencyLines:WelfareCounseling must be phone numbers in digits, such as 123 and 1480.")
            .ValidateOnStart();

        services.AddSingleton<BotRegistry>();
        services.AddSingleton<InstanceLocks>();
        services.AddSingleton<UpdateInbox>();
        services.AddSingleton<UpdateHandler>();
        services.AddSingleton<SendRecords>();

        services.AddScoped<ConversationRouter>();
        services.AddScoped<ConsentStep>();
        services.AddScoped<IFlow, MainMenuFlow>();
        services.AddScoped<IFlow, JoinMembershipFlow>();
        services.AddScoped<IFlow, ManageMembershipFlow>();
        services.AddScoped<IFlow, BookSessionFlow>();
        services.AddScoped<IFlow, EnrollWorkshopFlow>();
        services.AddScoped<IFlow, ManageSubscriptionFlow>();
        services.AddScoped<IFlow, ManageMyDataFlow>();
        services.AddScoped<IButtonHandler, MyBookings>();
        services.AddScoped<IButtonHandler, WorkshopButtons>();
        services.AddScoped<IFlow, CounselorMenuFlow>();
        services.AddScoped<IButtonHandler, CounselorButtons>();
        services.AddScoped<IFlow, GiveFeedbackFlow>();
        services.AddScoped<IButtonHandler, FeedbackButtons>();
        services.AddScoped<PaymentPrompt>();
        services.AddScoped<PaymentConfirmations>();
        services.AddScoped<InChatCheckout>();
        services.AddSingleton<MembershipCardFactory>();
        services.AddSingleton<ProofDownloads>();
        if (worker)
        {
            services.AddHostedService<BotHost>();
            services.AddHostedService<HousekeepingService>();
            services.AddHostedService<OutboxListener>();
            services.AddHostedService<WorkshopScheduler>();
            services.AddHostedService<CounselingScheduler>();
            services.AddHostedService<PaymentScheduler>();
            services.AddHostedService<BroadcastScheduler>();
        }
        else
        {
            services.AddHostedService<BotClients>();
        }

        return services;
    }
}
