using RahZendegi.Admin.Hosting;
using RahZendegi.Bot.Hosting;
using RahZendegi.Bot.Monitoring;
using RahZendegi.Domain;
using RahZendegi.Domain.Data;

// The admin panel, with the bot worker in the same process (and the sandbox messenger when no bot has a token) unless
// Panel:BotWorker is false.
return await StartupErrors.RunAsync(async () =>
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = SharedConfiguration.HostArguments(args),
        WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
    });
    builder.Configuration.AddSharedSettings(builder.Environment.EnvironmentName);
    var botWorker = PanelOptions.RunsBotWorker(builder.Configuration);
    builder.Services.AddDomain().AddBot(botWorker).AddMonitoring(builder.Configuration, botWorker).AddAdminPanel();

    var app = builder.Build();
    app.Services.ValidateConfiguration();
    await app.Services.PrepareDatabaseAsync();
    var firstPassword = await FirstAdministrator.EnsureAsync(app.Services);
    if (firstPassword is not null)
    {
        // Once the panel and the sandbox listen, so the line can say where they are.
        app.Lifetime.ApplicationStarted.Register(() => FirstAdministrator.Announce(app, firstPassword));
    }

    app.UseAdminPanel();
    await app.RunAsync();
});
