using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace RahZendegi.Domain.Data.Postgres;

/// <summary>
/// The same model on PostgreSQL. A context type of its own so that its migrations (in
/// <c>Data/Migrations/Postgres</c>) are told apart from SQLite's, as EF Core's guide to several providers does;
/// everything else asks for <see cref="AppDbContext"/>. One table more than SQLite's: the panel's Data Protection
/// key ring, shared by every admin instance on this database (on SQLite, one machine, it stays a folder).
/// </summary>
public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : AppDbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
