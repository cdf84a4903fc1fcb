using Microsoft.EntityFrameworkCore;

namespace RahZendegi.Domain.Data.Postgres;

/// <summary>
/// The same model on PostgreSQL. A context type of its own only so that its migrations (in
/// <c>Data/Migrations/Postgres</c>) are told apart from SQLite's, as EF Core's guide to several providers does;
/// everything else asks for <see cref="AppDbContext"/>.
/// </summary>
public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : AppDbContext(options);
