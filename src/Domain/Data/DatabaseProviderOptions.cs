namespace RahZendegi.Domain.Data;

/// <summary>The database server behind <see cref="AppDbContext"/>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The section <c>Database</c>.</summary>
public sealed class DatabaseProviderOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (the default, one file) or <c>Postgres</c> (a server several bot instances can share).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
