using System.Globalization;
using Microsoft.Data.Sqlite;

namespace RahZendegi.Domain.Data.Backups;

/// <summary>
/// An online copy of the SQLite database with <c>VACUUM INTO</c>: one read transaction, so the copy holds exactly what
/// was committed when it began, while bookings go on being written (WAL: readers do not stop writers).
/// </summary>
public static class SqliteBackups
{
    public const string Prefix = "rahzendegi-";
    public const string Extension = ".db";

    /// <summary>Copies the database into <paramref name="folder"/>, then keeps only the newest <paramref name="keep"/>; returns the copy's path.</summary>
    public static async Task<string> TakeAsync(string connectionString, string folder, int keep, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var name = Prefix + now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + Extension;
        var path = Path.Combine(Path.GetFullPath(folder), name);

        // Written under another name first: a copy cut off half way (a stop, a full disk) never passes for a backup.
        var partial = path + ".partial";
        File.Delete(partial);
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $path";
            vacuum.Parameters.AddWithValue("$path", partial);
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }

        File.Move(partial, path, overwrite: true);
        foreach (var old in Directory.GetFiles(folder, Prefix + "*" + Extension).OrderDescending(StringComparer.Ordinal).Skip(keep))
        {
            File.Delete(old);
        }

        return path;
    }
}
