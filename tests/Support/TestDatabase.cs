using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;

namespace RahZendegi.Tests.Support;

/// <summary>A real SQLite file in the temp folder, deleted afterwards.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"rz-test-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={path}";

    /// <summary>A context on this file, for arranging and asserting outside the host.</summary>
    public AppDbContext NewContext() => new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(ConnectionString).Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
