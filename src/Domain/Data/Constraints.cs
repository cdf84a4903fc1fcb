using Microsoft.EntityFrameworkCore;

namespace RahZendegi.Domain.Data;

/// <summary>Tells a row the schema refused (a unique index or a check) from other failures, on either provider.</summary>
public static class Constraints
{
    /// <summary>SQLITE_CONSTRAINT (19) on SQLite; an integrity constraint violation (SQLSTATE class 23) on PostgreSQL.</summary>
    public static bool IsViolation(DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 } => true,
        Npgsql.PostgresException { SqlState: var state } => state.StartsWith("23", StringComparison.Ordinal),
        _ => false,
    };
}
