using RahZendegi.Domain.Data;

namespace RahZendegi.Domain.Staff;

/// <summary>
/// Records staff actions, each in the same commit as the change it describes (docs/decisions/0009): a panel page
/// commits its request through here, so an entry is never written for a change that was not, nor a change without
/// its entry.
/// </summary>
public sealed class AuditLog(AppDbContext db, TimeProvider time)
{
    /// <summary>A change the caller made to tracked rows, committed now together with its entry.</summary>
    /// <remarks>Commits.</remarks>
    public async Task CommitAsync(string userName, AuditNote note, CancellationToken cancellationToken)
    {
        Add(userName, note);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="change"/> (a domain service call) and commits it with its entry. The entry joins the unit of
    /// work before the change runs, so a service that commits early for a contested slot or seat writes it in that same
    /// commit. A change <paramref name="succeeded"/> calls refused leaves no entry: it is taken out of the unit of work.
    /// </summary>
    /// <remarks>Commits.</remarks>
    public Task<T> RecordAsync<T>(string userName, AuditNote note, Func<Task<T>> change, Func<T, bool> succeeded,
        CancellationToken cancellationToken) =>
        RecordAsync(userName, note, change, result => succeeded(result) ? note : null, cancellationToken);

    /// <summary>
    /// As the other overload, with the entry to keep read from the change's result, for a subject only the change
    /// knows (the tracking code of a booking it made); null when the change was refused.
    /// </summary>
    /// <remarks>Commits.</remarks>
    public async Task<T> RecordAsync<T>(string userName, AuditNote note, Func<Task<T>> change, Func<T, AuditNote?> recorded,
        CancellationToken cancellationToken)
    {
        var entry = Add(userName, note);
        T result;
        try
        {
            result = await change();
        }
        catch
        {
            db.Detach(entry);
            throw;
        }

        if (recorded(result) is not { } final)
        {
            db.Detach(entry);
            return result;
        }

        (entry.Action, entry.Subject, entry.Details) = (final.Action, final.Subject, final.Details);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    private AuditEntry Add(string userName, AuditNote note) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            UserName = userName,
            Action = note.Action,
            Subject = note.Subject,
            Details = note.Details,
        }).Entity;
}
