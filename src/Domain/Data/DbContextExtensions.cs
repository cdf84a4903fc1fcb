using Microsoft.EntityFrameworkCore;

namespace RahZendegi.Domain.Data;

internal static class DbContextExtensions
{
    /// <summary>
    /// Forgets a row a refused commit left tracked, so the next commit does not write it again. Null is a notice that
    /// was never written, for a person without a messenger account.
    /// </summary>
    public static void Detach(this DbContext db, object? entity)
    {
        if (entity is not null)
        {
            db.Entry(entity).State = EntityState.Detached;
        }
    }
}
