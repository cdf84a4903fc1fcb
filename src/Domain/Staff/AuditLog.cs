using RahZendegi.Domain.Data;

namespace RahZendegi.Domain.Staff;

/// <summary>Adds an audit entry to the unit of work, so it commits with the change it describes.</summary>
public sealed class AuditLog(AppDbContext db, TimeProvider time)
{
    /// <summary>The entry is returned so that a detail known only after the commit (a tracking code) can be added.</summary>
    public AuditEntry Record(string userName, string action, string subject, string? details = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            UserName = userName,
            Action = action,
            Subject = subject,
            Details = details,
        }).Entity;
}
