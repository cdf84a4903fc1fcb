using System.Globalization;
using Npgsql;

namespace RahZendegi.LoadTest;

/// <summary>
/// The CPU time of the PostgreSQL server the bots use, from Linux's /proc: the postmaster with its reaped children,
/// and its live children (one backend per connection, the writers, autovacuum). SQLite works inside the bot process,
/// so its cost is in the bot's own figure; a server's is not, and is shown beside it.
/// </summary>
public sealed class ServerCpu
{
    // Linux reports these times in USER_HZ, which its ABI fixes at 100 a second.
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(10);
    private readonly int postmaster;

    private ServerCpu(int postmaster) => this.postmaster = postmaster;

    /// <summary>The server behind this connection string, when it runs on this machine; otherwise null.</summary>
    public static async Task<ServerCpu?> FindAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        return Stat(backend) is { } stat ? new ServerCpu(stat.Parent) : null;
    }

    public TimeSpan Total()
    {
        var total = TimeSpan.Zero;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && Stat(pid) is { } stat)
            {
                if (pid == postmaster)
                {
                    total += stat.Own + stat.ReapedChildren;
                }
                else if (stat.Parent == postmaster)
                {
                    total += stat.Own;
                }
            }
        }

        return total;
    }

    private static ProcStat? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null; // gone meanwhile
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // The command name, in parentheses, may hold spaces: the fields are counted after its closing one.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);
        return new ProcStat((int)Field(1), (Field(11) + Field(12)) * Tick, (Field(13) + Field(14)) * Tick);
    }

    private sealed record ProcStat(int Parent, TimeSpan Own, TimeSpan ReapedChildren);
}
