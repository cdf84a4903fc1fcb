using System.ComponentModel.DataAnnotations;
using Npgsql;

namespace RahZendegi.Domain.Data;

/// <summary>The section <c>ConnectionStrings</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "ConnectionStrings";

    [Required(ErrorMessage = "ConnectionStrings:Default is missing: set it to a SQLite connection string such as \"Data Source=rahzendegi.db\" or, with Database:Provider=Postgres, a PostgreSQL one such as \"Host=127.0.0.1;Database=rahzendegi;Username=rz\".")]
    public string Default { get; set; } = "";

    /// <summary>
    /// A PostgreSQL connection outside the pool, for a session held long (a lock, LISTEN): closing it ends the session
    /// and frees what it held; keep-alives notice a server that went away.
    /// </summary>
    public NpgsqlConnection DedicatedPostgresConnection() =>
        new(new NpgsqlConnectionStringBuilder(Default) { Pooling = false, KeepAlive = 10 }.ConnectionString);
}
