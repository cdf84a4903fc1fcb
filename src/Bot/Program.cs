using Microsoft.Extensions.Hosting;
using RahZendegi.Bot.Hosting;
using RahZendegi.Domain;
using RahZendegi.Domain.Data;

// The bot worker alone: with a token it serves that bot; with none, the sandbox messenger.
return await StartupErrors.RunAsync(async () =>
{
    var builder = Host.CreateApplicationBuilder(args);
    builder.Configuration.AddSharedSettings(builder.Environment.EnvironmentName);
    builder.Services.AddDomain().AddBot();

    using var host = builder.Build();
    host.Services.ValidateConfiguration();
    await host.Services.PrepareDatabaseAsync();
    await host.RunAsync();
});
