using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using RahZendegi.Bot.Hosting;

namespace RahZendegi.Bot.Monitoring;

public static class MonitoringServiceCollectionExtensions
{
    private const string Ready = "ready";

    /// <summary>Health checks and metrics; the bots' check only where this process runs the bot worker.</summary>
    public static IServiceCollection AddMonitoring(this IServiceCollection services, IConfiguration configuration, bool botWorker = true)
    {
        services.AddOptions<MonitoringOptions>().BindConfiguration(MonitoringOptions.Section)
            .Validate(o => BotOptionsValidation.IsHttpAddress(o.Listen), "Monitoring:Listen must be an absolute http address such as http://127.0.0.1:8480.")
            .Validate(o => o.BotSilence > TimeSpan.Zero, "Monitoring:BotSilence must be a positive time span such as 00:05:00.")
            .Validate(o => o.ReplyAge > TimeSpan.Zero, "Monitoring:ReplyAge must be a positive time span such as 00:02:00.")
            .Validate(o => o.OtlpEndpoint.Length == 0 || Uri.TryCreate(o.OtlpEndpoint, UriKind.Absolute, out _),
                "Monitoring:OtlpEndpoint must be empty or an absolute address such as http://127.0.0.1:4317.")
            .ValidateOnStart();
        var checks = services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [Ready])
            .AddCheck<OutboxHealthCheck>(OutboxHealthCheck.Name, tags: [Ready]);
        if (botWorker)
        {
            checks.AddCheck<BotsHealthCheck>(BotsHealthCheck.Name, tags: [Ready]);
        }

        services.AddSingleton<DatabaseGauges>();
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(RahZendegiMetrics.MeterName).AddPrometheusExporter();

            // OTLP only when a collector is named (the value is checked with the other options before anything starts).
            var otlp = configuration[$"{MonitoringOptions.Section}:{nameof(MonitoringOptions.OtlpEndpoint)}"];
            if (!string.IsNullOrWhiteSpace(otlp))
            {
                metrics.AddOtlpExporter(exporter => exporter.Endpoint = new Uri(otlp));
            }
        });
        return services;
    }

    /// <summary><c>/health/live</c> (the process answers), <c>/health/ready</c> (it can do its work), both anonymous.</summary>
    public static IEndpointRouteBuilder MapMonitoring(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthJson.WriteAsync });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = HealthJson.WriteAsync });

        // The gauges read the database only once something collects them.
        endpoints.ServiceProvider.GetRequiredService<DatabaseGauges>();
        endpoints.MapPrometheusScrapingEndpoint();
        return endpoints;
    }
}
