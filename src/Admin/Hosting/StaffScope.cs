using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Staff;

namespace RahZendegi.Admin.Hosting;

/// <summary>
/// Which libraries the signed-in person may see and change: all for the provincial admin, the assigned ones
/// for a library operator, none otherwise. Every page and handler asks this on the server.
/// </summary>
public sealed class StaffScope(IHttpContextAccessor http, UserManager<StaffUser> users, AppDbContext db)
{
    private IReadOnlyList<int>? libraries;
    private bool loaded;

    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public string UserName => User.Identity?.Name ?? "";

    public bool IsProvincialAdmin => User.IsInRole(StaffRoles.ProvincialAdmin);

    /// <summary>Null means every library.</summary>
    public async Task<IReadOnlyList<int>?> LibraryIdsAsync(CancellationToken cancellationToken)
    {
        if (!loaded)
        {
            var id = users.GetUserId(User);
            libraries = IsProvincialAdmin ? null
                : User.IsInRole(StaffRoles.LibraryOperator) && id is not null
                    ? await db.StaffLibraries.AsNoTracking().Where(s => s.StaffUserId == id).Select(s => s.LibraryId).ToListAsync(cancellationToken)
                    : [];
            loaded = true;
        }

        return libraries;
    }

    public async Task<bool> CanManageLibraryAsync(int libraryId, CancellationToken cancellationToken) =>
        await LibraryIdsAsync(cancellationToken) is not { } allowed || allowed.Contains(libraryId);

    /// <summary>A library to choose in a form; <see cref="Name"/> is «city · name», as two cities may each have a «کتابخانه عمومی».</summary>
    public sealed record LibraryOption(int Id, string Name);

    /// <summary>
    /// The libraries in scope for a form's library choice, by city and name: only the active ones where something
    /// new is placed (a workshop, a booking, a member), every one where an existing row may name an inactive library.
    /// </summary>
    public async Task<IReadOnlyList<LibraryOption>> LibraryOptionsAsync(bool activeOnly, CancellationToken cancellationToken)
    {
        var allowed = await LibraryIdsAsync(cancellationToken);
        return await db.Libraries.AsNoTracking().Where(l => (!activeOnly || l.Active) && (allowed == null || allowed.Contains(l.Id)))
            .OrderBy(l => l.City).ThenBy(l => l.Name).Select(l => new LibraryOption(l.Id, l.City + " · " + l.Name)).ToListAsync(cancellationToken);
    }
}
