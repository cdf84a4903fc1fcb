namespace RahZendegi.Domain.Data.Backups;

/// <summary>The section <c>Backup</c>: the scheduled copy of the SQLite file (PostgreSQL is dumped by its own tools).</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>Where the copies go, relative to the folder the process runs in; empty takes none.</summary>
    public string Folder { get; set; } = "";

    /// <summary>The time between two copies; the first is taken one interval after the start.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How many copies are kept; the oldest beyond that are deleted after each new one.</summary>
    public int Keep { get; set; } = 28;
}
