using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using RahZendegi.Bot.Hosting;
using RahZendegi.Bot.Monitoring;
using RahZendegi.Domain;
using RahZendegi.Domain.Data;

// The bot worker alone: with a token it serves that bot; with none, the sandbox messenger. Health and metrics answer
// on Monitoring:Listen.
return await StartupErrors.RunAsync(async () =>
{
    var builder = WebApplication.CreateBuilder(SharedConfiguration.HostArguments(args));
    builder.Configuration.AddSharedSettings(builder.Environment.EnvironmentName);
    builder.Services.AddDomain().AddBot().AddMonitoring(builder.Configuration);
    builder.WebHost.UseUrls(builder.Configuration[$"{MonitoringOptions.Section}:{nameof(MonitoringOptions.Listen)}"] ?? new MonitoringOptions().Listen);

    var app = builder.Build();
    app.Services.ValidateConfiguration();
    await app.Services.PrepareDatabaseAsync();
    app.MapMonitoring();
    await app.RunAsync();
});
