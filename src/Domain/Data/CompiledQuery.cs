using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RahZendegi.Domain.Data;

/// <summary>
/// A query on the path of every update, translated once instead of on each run (a LINQ query rebuilds its cache key and
/// its parameters from the expression every time). EF Core binds a compiled query to the model it first ran on, and
/// one process may hold two, the SQLite and the PostgreSQL context: so it is compiled once per model.
/// </summary>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : Delegate
{
    private readonly ConcurrentDictionary<IModel, TQuery> byModel = new();

    public TQuery For(DbContext db) => byModel.GetOrAdd(db.Model, _ => compile());
}
