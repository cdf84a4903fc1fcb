using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Data.Postgres;

namespace RahZendegi.Tests.Support;

/// <summary>
/// A real database, empty, deleted afterwards: a SQLite file in the temp folder, or a fresh database with a random
/// name on the tests' PostgreSQL server (<see cref="LocalPostgres"/>). <see cref="Migrated"/> gives one already at the
/// latest migration, copied from a template the run migrates once.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    /// <summary>The environment variable holding a connection string to a PostgreSQL server the tests may create databases on.</summary>
    public const string PostgresVariable = "RZ_TEST_POSTGRES";

    private readonly string path = Path.Combine(Path.GetTempPath(), $"rz-test-{Guid.NewGuid():N}.db");
    private readonly string postgresName;
    private readonly bool migrated;

    private static readonly Lazy<string> SqliteTemplate = new(MigrateSqliteTemplate, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string> PostgresTemplate = new(MigratePostgresTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    public TestDatabase(DatabaseProvider provider = DatabaseProvider.Sqlite)
        : this(provider, migrated: false)
    {
    }

    private TestDatabase(DatabaseProvider provider, bool migrated)
    {
        Provider = provider;
        this.migrated = migrated;
        if (provider == DatabaseProvider.Postgres)
        {
            postgresName = migrated ? TakePostgresCopy() : NewPostgresName();
            ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString()) { Database = postgresName }.ConnectionString;
            if (!migrated)
            {
                RunOnServer($"CREATE DATABASE \"{postgresName}\"");
            }
        }
        else
        {
            postgresName = "";
            ConnectionString = $"Data Source={path}";
            if (migrated)
            {
                File.Copy(SqliteTemplate.Value, path);
            }
        }
    }

    /// <summary>
    /// A database with every migration applied (and, on SQLite, in WAL mode), as a host leaves it at its first start:
    /// a copy of a template this test run migrated once, so that each host does not apply the migrations again.
    /// </summary>
    public static TestDatabase Migrated(DatabaseProvider provider = DatabaseProvider.Sqlite) => new(provider, migrated: true);

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The configuration keys that point a host at this database.</summary>
    public Dictionary<string, string?> Settings(string separator = ":") => new()
    {
        [$"ConnectionStrings{separator}Default"] = ConnectionString,
        [$"Database{separator}Provider"] = Provider.ToString(),
    };

    /// <summary>A context on this database, for arranging and asserting outside the host.</summary>
    public AppDbContext NewContext() => Provider == DatabaseProvider.Postgres
        ? new PostgresDbContext(new DbContextOptionsBuilder<PostgresDbContext>().UseNpgsql(ConnectionString).Options)
        : new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>Applies the provider's migrations, and on SQLite turns on WAL as production does (readers do not wait for writers).</summary>
    public async Task MigrateAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        if (Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    public void Dispose()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            using (var connection = new NpgsqlConnection(ConnectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }

            if (!migrated || !TryEmptyForTheNextTest())
            {
                RunOnServer($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)");
            }

            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static string MigrateSqliteTemplate()
    {
        var template = new TestDatabase(DatabaseProvider.Sqlite);
        // Off the test's synchronization context, which a blocked wait could starve.
        Task.Run(template.MigrateAsync).GetAwaiter().GetResult();
        // Closing the last connection checkpoints the WAL into the file, which then holds everything on its own.
        using (var connection = new SqliteConnection(template.ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropQuietly(template);
        return template.path;
    }

    // A copy of the template costs the server a few hundred milliseconds (CREATE DATABASE … TEMPLATE copies its files
    // and writes them to the log), whichever strategy it copies with. The next tests' copies are made ahead, while
    // tests run; each copy is still a database of one test's own, made from the untouched template.
    private const int PostgresCopiesAhead = 2;
    private static readonly Queue<Task<string>> PostgresCopies = new();

    // A database a test has finished with, emptied as the template is: a tenth of the server's work of a copy.
    private static readonly Stack<string> PostgresEmptied = new();
    private static readonly Lazy<(string Tables, string Schema)> PostgresTemplateShape = new(() => ShapeOf(PostgresTemplate.Value));
    // Guards the copies ahead and the emptied databases alike.
    private static readonly Lock PostgresCopiesGate = new();
    private static bool postgresCopiesDroppedAtExit;

    private static string NewPostgresName() => $"rz_test_{Guid.NewGuid():N}";

    private static string TakePostgresCopy()
    {
        Task<string> copy;
        lock (PostgresCopiesGate)
        {
            if (PostgresEmptied.TryPop(out var emptied))
            {
                return emptied;
            }

            copy = PostgresCopies.TryDequeue(out var ready) ? ready : Task.Run(CopyPostgresTemplate);
            while (PostgresCopies.Count < PostgresCopiesAhead)
            {
                PostgresCopies.Enqueue(Task.Run(CopyPostgresTemplate));
            }

            // A throwaway cluster of this run takes the unused copies with it; on a server given by the variable, they are dropped.
            if (!postgresCopiesDroppedAtExit && Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 })
            {
                postgresCopiesDroppedAtExit = true;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => DropUnusedPostgresCopies();
            }
        }

        return copy.GetAwaiter().GetResult();
    }

    private static string CopyPostgresTemplate()
    {
        var name = NewPostgresName();
        RunOnServer($"CREATE DATABASE \"{name}\" TEMPLATE \"{PostgresTemplate.Value}\"");
        return name;
    }

    private static void DropUnusedPostgresCopies()
    {
        lock (PostgresCopiesGate)
        {
            // One still being made is given a moment: the test host has little time to exit.
            var made = PostgresCopies.Where(c => Task.WaitAny([c], TimeSpan.FromSeconds(2)) == 0 && c.IsCompletedSuccessfully).Select(c => c.Result);
            foreach (var name in made.Concat(PostgresEmptied))
            {
                try
                {
                    RunOnServer($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                }
                catch (NpgsqlException)
                {
                }
            }

            PostgresCopies.Clear();
            PostgresEmptied.Clear();
        }
    }

    /// <summary>
    /// Empties this database for the next test, as the template is: nobody connected, every table empty and every
    /// sequence back at its start. A test that changed the schema (a migration rolled back) leaves it to be dropped.
    /// </summary>
    private bool TryEmptyForTheNextTest()
    {
        var (tables, schema) = PostgresTemplateShape.Value;
        using var connection = OpenUnpooled(postgresName);
        Execute(connection, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
        try
        {
            if (Shape(connection).Schema != schema)
            {
                return false;
            }

            Execute(connection, $"TRUNCATE {tables} RESTART IDENTITY CASCADE");
        }
        catch (PostgresException)
        {
            // A table the fingerprint reads is gone: not the template's schema either.
            return false;
        }

        lock (PostgresCopiesGate)
        {
            PostgresEmptied.Push(postgresName);
        }

        return true;
    }

    private static (string Tables, string Schema) ShapeOf(string database)
    {
        using var connection = OpenUnpooled(database);
        return Shape(connection);
    }

    // The tables to empty, and a fingerprint of the schema: columns, indexes, constraints and the migrations applied.
    private static (string Tables, string Schema) Shape(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("""
            SELECT (SELECT string_agg(format('%I', tablename), ', ' ORDER BY tablename) FROM pg_tables
                    WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'),
                   md5((SELECT string_agg(concat_ws(':', table_name, column_name, data_type, is_nullable, column_default), ',' ORDER BY table_name, column_name)
                        FROM information_schema.columns WHERE table_schema = 'public')
                       || (SELECT string_agg(indexdef, ',' ORDER BY indexdef) FROM pg_indexes WHERE schemaname = 'public')
                       || (SELECT string_agg(pg_get_constraintdef(oid), ',' ORDER BY conname) FROM pg_constraint WHERE connamespace = 'public'::regnamespace)
                       || (SELECT string_agg("MigrationId", ',' ORDER BY "MigrationId") FROM "__EFMigrationsHistory"))
            """, connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetString(1));
    }


    private static string MigratePostgresTemplate()
    {
        var template = new TestDatabase(DatabaseProvider.Postgres);
        // Off the test's synchronization context, which a blocked wait could starve.
        Task.Run(template.MigrateAsync).GetAwaiter().GetResult();
        // CREATE DATABASE … TEMPLATE refuses while anyone is connected to the template.
        using (var connection = new NpgsqlConnection(template.ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        // A throwaway cluster of this run takes the template with it; on a server given by the variable, it is dropped.
        if (Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 })
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DropQuietly(template);
        }

        return template.postgresName;
    }

    /// <summary>At the test host's exit a failure to clean up must not turn into a crash report.</summary>
    private static void DropQuietly(TestDatabase template)
    {
        try
        {
            template.Dispose();
        }
        catch (Exception e) when (e is IOException or NpgsqlException)
        {
        }
    }

    private static string ServerConnectionString() => LocalPostgres.ConnectionString;

    private static void RunOnServer(string sql)
    {
        using var connection = OpenUnpooled();
        Execute(connection, sql);
    }

    // Pooling off: these connections are short-lived and must not keep a database that is about to be dropped or
    // emptied busy.
    private static NpgsqlConnection OpenUnpooled(string? database = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString()) { Pooling = false };
        if (database is not null)
        {
            builder.Database = database;
        }

        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
