using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Data.Postgres;

namespace RahZendegi.Admin.Hosting;

/// <summary>
/// Where the panel keeps the keys that sign its cookies and antiforgery tokens. They survive restarts, so a restart
/// does not sign everyone out. On SQLite (one machine) a <c>keys</c> folder beside the app; on PostgreSQL the
/// database, so every admin instance on it accepts the others' cookies and form tokens behind a load balancer.
/// </summary>
public sealed class PanelKeyRing(
    IOptions<DatabaseProviderOptions> database, IServiceProvider services, IHostEnvironment environment, ILoggerFactory loggerFactory)
    : IConfigureOptions<KeyManagementOptions>
{
    public const string Folder = "keys";

    public void Configure(KeyManagementOptions options)
    {
        options.XmlRepository = database.Value.Provider == DatabaseProvider.Postgres
            ? new EntityFrameworkCoreXmlRepository<PostgresDbContext>(services, loggerFactory)
            : new FileSystemXmlRepository(OwnerOnlyFolder(), loggerFactory);
        options.XmlEncryptor = new UnencryptedKeys();
    }

    /// <summary>The keys folder, readable by the service's own account alone (ADR 10).</summary>
    private DirectoryInfo OwnerOnlyFolder()
    {
        var path = Path.Combine(environment.ContentRootPath, Folder);
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path);
        }

        var folder = Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return folder;
    }
}
