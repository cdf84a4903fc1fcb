using RahZendegi.Domain.Data;

namespace RahZendegi.LoadTest;

/// <summary>
/// How the bot runs for a workload: on which database, how many processes, and whether updates arrive by long polling
/// or by webhook through the balancer. Two instances need the webhook (one getUpdates reader per bot) and PostgreSQL.
/// </summary>
public sealed record Setup(string Key, DatabaseProvider Provider, int Instances, bool Webhook)
{
    public static readonly IReadOnlyList<Setup> All =
    [
        new("sqlite", DatabaseProvider.Sqlite, 1, Webhook: false),
        new("postgres", DatabaseProvider.Postgres, 1, Webhook: false),
        new("postgres-webhook", DatabaseProvider.Postgres, 1, Webhook: true),
        new("postgres-2", DatabaseProvider.Postgres, 2, Webhook: true),
    ];

    public static Setup Find(string key) =>
        All.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown setup «{key}»; one of: {string.Join(", ", All.Select(s => s.Key))}.");

    /// <summary>As the table shows it, e.g. «PostgreSQL · 2 instances (webhook)».</summary>
    public string Label =>
        $"{(Provider == DatabaseProvider.Postgres ? "PostgreSQL" : "SQLite")} · {Instances} instance{(Instances > 1 ? "s" : "")}{(Webhook ? " (webhook)" : "")}";
}
