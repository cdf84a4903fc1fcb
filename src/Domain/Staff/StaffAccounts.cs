using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;

namespace RahZendegi.Domain.Staff;

public enum StaffOutcome { Done, NotFound, Self, LastAdmin, NothingToDo, CounselorRequired, LibraryRequired, UnknownRole }

public sealed record PasswordReset(StaffOutcome Outcome, string? Password = null);

/// <summary>
/// What a provincial admin does to staff accounts after creating them: disable and enable, reset a password, unlock
/// after too many wrong passwords, change role and library scope. Changes are tracked on the rows, not saved through
/// the user manager, so the page commits each with its audit entry (docs/decisions/0009). Two rules hold throughout:
/// no one disables or demotes themselves, and at least one enabled provincial admin always remains.
/// </summary>
public sealed class StaffAccounts(AppDbContext db, IPasswordHasher<StaffUser> hasher, TimeProvider time)
{
    /// <summary>The role that may manage staff; the panel's own list of roles names it the same.</summary>
    public const string AdminRole = "ProvincialAdmin";
    public const string OperatorRole = "LibraryOperator";
    public const string CounselorRole = "Counselor";

    /// <summary>
    /// The account can no longer sign in, and its open sessions end at the next request: the new security stamp no
    /// longer matches the one in their cookie (the panel checks it on every request).
    /// </summary>
    public async Task<StaffOutcome> DisableAsync(string userId, string actingUserName, CancellationToken cancellationToken)
    {
        if (await FindAsync(userId, cancellationToken) is not { } user)
        {
            return StaffOutcome.NotFound;
        }

        if (user.UserName == actingUserName)
        {
            return StaffOutcome.Self;
        }

        if (user.IsDisabled)
        {
            return StaffOutcome.NothingToDo;
        }

        if (await IsAdminAsync(user, cancellationToken) && !await OtherActiveAdminExistsAsync(user, cancellationToken))
        {
            return StaffOutcome.LastAdmin;
        }

        user.DisabledAt = time.GetUtcNow().UtcDateTime;
        NewStamp(user);
        return StaffOutcome.Done;
    }

    public async Task<StaffOutcome> EnableAsync(string userId, CancellationToken cancellationToken)
    {
        if (await FindAsync(userId, cancellationToken) is not { } user)
        {
            return StaffOutcome.NotFound;
        }

        if (!user.IsDisabled)
        {
            return StaffOutcome.NothingToDo;
        }

        user.DisabledAt = null;
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        return StaffOutcome.Done;
    }

    /// <summary>
    /// A new one-time password, to be shown once and changed at the next sign-in. The old password stops working and
    /// every open session of the account ends; a lockout for wrong passwords is lifted with it.
    /// </summary>
    public async Task<PasswordReset> ResetPasswordAsync(string userId, CancellationToken cancellationToken)
    {
        if (await FindAsync(userId, cancellationToken) is not { } user)
        {
            return new(StaffOutcome.NotFound);
        }

        var password = OneTimePassword();
        user.PasswordHash = hasher.HashPassword(user, password);
        user.MustChangePassword = true;
        (user.LockoutEnd, user.AccessFailedCount) = (null, 0);
        NewStamp(user);
        return new(StaffOutcome.Done, password);
    }

    /// <summary>Lifts a lockout after too many wrong passwords; the password stays as it was.</summary>
    public async Task<StaffOutcome> UnlockAsync(string userId, CancellationToken cancellationToken)
    {
        if (await FindAsync(userId, cancellationToken) is not { } user)
        {
            return StaffOutcome.NotFound;
        }

        if (user.LockoutEnd is not { } end || end <= time.GetUtcNow())
        {
            return StaffOutcome.NothingToDo;
        }

        (user.LockoutEnd, user.AccessFailedCount) = (null, 0);
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        return StaffOutcome.Done;
    }

    /// <summary>
    /// A new role and library scope. The account's open sessions take it from their next request: the panel builds
    /// each request's roles from these rows.
    /// </summary>
    public async Task<StaffOutcome> ChangeRoleAsync(string userId, string role, IReadOnlyCollection<int> libraryIds, int? counselorId,
        string actingUserName, CancellationToken cancellationToken)
    {
        if (role is not (AdminRole or OperatorRole or CounselorRole))
        {
            return StaffOutcome.UnknownRole;
        }

        if (await FindAsync(userId, cancellationToken) is not { } user)
        {
            return StaffOutcome.NotFound;
        }

        if (role == OperatorRole && libraryIds.Count == 0)
        {
            return StaffOutcome.LibraryRequired;
        }

        if (role == CounselorRole && counselorId is null)
        {
            return StaffOutcome.CounselorRequired;
        }

        var wasAdmin = await IsAdminAsync(user, cancellationToken);
        if (wasAdmin && role != AdminRole)
        {
            if (user.UserName == actingUserName)
            {
                return StaffOutcome.Self;
            }

            if (!await OtherActiveAdminExistsAsync(user, cancellationToken))
            {
                return StaffOutcome.LastAdmin;
            }
        }

        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync(cancellationToken);
        db.UserRoles.RemoveRange(await db.UserRoles.Where(r => r.UserId == user.Id).ToListAsync(cancellationToken));
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        db.StaffLibraries.RemoveRange(await db.StaffLibraries.Where(l => l.StaffUserId == user.Id).ToListAsync(cancellationToken));
        if (role == OperatorRole)
        {
            db.StaffLibraries.AddRange(libraryIds.Distinct().Select(id => new StaffLibrary { StaffUserId = user.Id, LibraryId = id }));
        }

        user.CounselorId = role == CounselorRole ? counselorId : null;
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        return StaffOutcome.Done;
    }

    /// <summary>Twelve letters and digits without look-alikes (l, 1, O, 0), then a fixed tail that meets the password rules.</summary>
    public static string OneTimePassword() =>
        System.Security.Cryptography.RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 12) + "Rz7";

    private Task<StaffUser?> FindAsync(string userId, CancellationToken cancellationToken) =>
        db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);

    private Task<bool> IsAdminAsync(StaffUser user, CancellationToken cancellationToken) =>
        db.UserRoles.AnyAsync(ur => ur.UserId == user.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == AdminRole), cancellationToken);

    private Task<bool> OtherActiveAdminExistsAsync(StaffUser user, CancellationToken cancellationToken) =>
        db.UserRoles.AnyAsync(ur => ur.UserId != user.Id
            && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == AdminRole)
            && db.Users.Any(u => u.Id == ur.UserId && u.DisabledAt == null), cancellationToken);

    // The stamp is what a session's cookie is checked against; a new one ends every session made before it.
    private static void NewStamp(StaffUser user)
    {
        user.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
    }
}
