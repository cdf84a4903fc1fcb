using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace RahZendegi.Bot.Hosting;

public static class SharedConfiguration
{
    /// <summary>
    /// The hosts' command line, with the default watch on the configuration files turned off. It watched the working
    /// folder and everything under it, which is where the SQLite database lives: every commit woke the watcher, about
    /// 4 % of the bot's CPU under load. Nothing reads settings again after the start, so there is nothing to reload.
    /// </summary>
    public static string[] HostArguments(string[] args) => [.. args, "--hostBuilder:reloadConfigOnChange=false"];

    /// <summary>
    /// Both hosts read the one appsettings.json of the repository root, copied beside their binaries.
    /// It goes first, so environment variables and the command line still override it.
    /// </summary>
    public static IConfigurationManager AddSharedSettings(this IConfigurationManager configuration, string environmentName)
    {
        var folder = new PhysicalFileProvider(AppContext.BaseDirectory);
        configuration.Sources.Insert(0, new JsonConfigurationSource { FileProvider = folder, Path = "appsettings.json", Optional = true });
        configuration.Sources.Insert(1, new JsonConfigurationSource { FileProvider = folder, Path = $"appsettings.{environmentName}.json", Optional = true });
        return configuration;
    }
}
