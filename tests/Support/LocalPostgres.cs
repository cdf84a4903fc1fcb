using System.Diagnostics;

namespace RahZendegi.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests create their databases on: the one named by <see cref="TestDatabase.PostgresVariable"/>
/// (which <c>.ci/run</c> starts, and stops when the run ends), or else a throwaway cluster of this test run, made with
/// the installed package's <c>initdb</c> on loopback and stopped when the test process exits, so that a plain
/// <c>dotnet test</c> works wherever Debian's <c>postgresql</c> package is installed.
/// </summary>
internal static class LocalPostgres
{
    private static readonly Lazy<string> Server = new(Connect, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string ConnectionString => Server.Value;

    private static string Connect()
    {
        if (Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable) is { Length: > 0 } given)
        {
            return given;
        }

        var bin = OperatingSystem.IsLinux() && Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : new Version())
                .LastOrDefault()
            : null;
        if (bin is null || !OperatingSystem.IsLinux())
        {
            throw new InvalidOperationException(
                $"This test needs PostgreSQL: install Debian's postgresql package (the tests then start a throwaway server themselves), " +
                $"run `bash .ci/run`, or set {TestDatabase.PostgresVariable} to a connection string allowed to create databases (see the README).");
        }

        // initdb refuses to run as root: there the cluster belongs to the package's postgres user.
        var directory = Directory.CreateTempSubdirectory("rz-postgres-").FullName;
        File.SetUnixFileMode(directory, (UnixFileMode)0b111_111_111);
        var port = LoopbackPort.Free();
        var data = Path.Combine(directory, "data");
        Run(bin, "initdb", "-D", data, "-U", "rz", "--auth=trust", "-E", "UTF8", "--locale=C");
        Run(bin, "pg_ctl", "start", "-w", "-D", data, "-l", Path.Combine(directory, "server.log"), "-o",
            $"-h 127.0.0.1 -p {port} -k {directory} -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        // The test host is given little time to exit: the stop and the clean-up run in a shell of their own, not waited for.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            var stop = $"{AsOwner(Path.Combine(bin, "pg_ctl"))} stop -w -m fast -D '{data}' >/dev/null 2>&1; rm -rf '{directory}'";
            using var _ = Process.Start(new ProcessStartInfo("sh", ["-c", stop]));
        };
        return $"Host=127.0.0.1;Port={port};Username=rz;Database=postgres";
    }

    private static bool AsRoot => Environment.UserName == "root";

    private static string AsOwner(string tool) => AsRoot ? $"runuser -u postgres -- '{tool}'" : $"'{tool}'";

    private static void Run(string bin, string tool, params string[] arguments)
    {
        var asRoot = AsRoot;
        var start = new ProcessStartInfo(asRoot ? "runuser" : Path.Combine(bin, tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (asRoot)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", Path.Combine(bin, tool) })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error.Result}{output.Result}");
        }
    }
}
