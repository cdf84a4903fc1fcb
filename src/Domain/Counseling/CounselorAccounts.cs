using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Domain.Counseling;

/// <summary>
/// Why a code did or did not link: <see cref="Linked"/>; <see cref="UnknownCode"/>, a code never made, used, or past its
/// time (the person is told the same for all three, so a guess learns nothing); <see cref="TakenByOther"/>, the
/// account already belongs to another counsellor.
/// </summary>
public enum CounselorLinkOutcome { Linked, UnknownCode, TakenByOther }

public sealed record CounselorLinkResult(CounselorLinkOutcome Outcome, Counselor? Counselor = null);

/// <summary>
/// Links counsellors to messenger accounts by one-time codes, and finds the counsellor behind an account. Changes are
/// tracked, not saved: the caller commits them (docs/decisions/0009).
/// </summary>
public sealed class CounselorAccounts(AppDbContext db, TimeProvider time)
{
    /// <summary>A code lasts this long after staff made it.</summary>
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(15);

    /// <summary>Eight digits: easy to type on a phone; single use within fifteen minutes leaves a guess no chance.</summary>
    public const int CodeLength = 8;

    /// <summary>The counsellor whose account this is, if any.</summary>
    public Task<Counselor?> CounselorOfAsync(string botName, long userId, CancellationToken cancellationToken) =>
        CounselorOf.For(db)(db, botName, userId, cancellationToken);

    // The main menu asks it on every visit.
    private static readonly CompiledQuery<Func<AppDbContext, string, long, CancellationToken, Task<Counselor?>>> CounselorOf =
        new(() => EF.CompileAsyncQuery((AppDbContext db, string botName, long userId, CancellationToken _) =>
            db.CounselorAccounts.AsNoTracking().Where(a => a.BotName == botName && a.UserId == userId).Select(a => a.Counselor).SingleOrDefault()));

    public async Task<IReadOnlyList<CounselorAccount>> ListAsync(int counselorId, CancellationToken cancellationToken) =>
        await db.CounselorAccounts.AsNoTracking().Where(a => a.CounselorId == counselorId).OrderBy(a => a.LinkedAt).ToListAsync(cancellationToken);

    /// <summary>The chats to tell a counsellor things in: every account they linked, on every bot.</summary>
    public static IQueryable<CounselorAccount> Of(AppDbContext db, int counselorId) => db.CounselorAccounts.Where(a => a.CounselorId == counselorId);

    /// <summary>Staff make a new code for the counsellor; the plain code is shown once and never stored.</summary>
    public string NewCode(int counselorId, string staffUserName)
    {
        var code = RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
        var now = time.GetUtcNow().UtcDateTime;
        db.CounselorLinkCodes.Add(new CounselorLinkCode
        {
            CounselorId = counselorId, CodeHash = Hash(code), CreatedAt = now, ExpiresAt = now + CodeLifetime, CreatedBy = staffUserName,
        });
        return code;
    }

    /// <summary>The code sent to a bot: links this account to the code's counsellor and uses the code up.</summary>
    public async Task<CounselorLinkResult> LinkAsync(string botName, long userId, long chatId, string code, CancellationToken cancellationToken)
    {
        var typed = PersianText.Normalize(code).Replace(" ", "", StringComparison.Ordinal);
        if (typed.Length != CodeLength || !typed.All(char.IsAsciiDigit))
        {
            return new(CounselorLinkOutcome.UnknownCode);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var hash = Hash(typed);
        var found = await db.CounselorLinkCodes.SingleOrDefaultAsync(c => c.CodeHash == hash && c.UsedAt == null && c.ExpiresAt > now, cancellationToken);
        if (found is null)
        {
            return new(CounselorLinkOutcome.UnknownCode);
        }

        var counselor = await db.Counselors.SingleAsync(c => c.Id == found.CounselorId, cancellationToken);
        var existing = await db.CounselorAccounts.SingleOrDefaultAsync(a => a.BotName == botName && a.UserId == userId, cancellationToken);
        if (existing is not null && existing.CounselorId != counselor.Id)
        {
            return new(CounselorLinkOutcome.TakenByOther);
        }

        found.UsedAt = now;
        if (existing is null)
        {
            db.CounselorAccounts.Add(new CounselorAccount { CounselorId = counselor.Id, BotName = botName, UserId = userId, ChatId = chatId, LinkedAt = now });
        }

        return new(CounselorLinkOutcome.Linked, counselor);
    }

    /// <summary>Staff take an account off a counsellor (a phone passed on, a link made by mistake).</summary>
    public async Task<CounselorAccount?> UnlinkAsync(int counselorId, int accountId, CancellationToken cancellationToken)
    {
        var account = await db.CounselorAccounts.SingleOrDefaultAsync(a => a.Id == accountId && a.CounselorId == counselorId, cancellationToken);
        if (account is not null)
        {
            db.CounselorAccounts.Remove(account);
        }

        return account;
    }

    /// <summary>
    /// The demo counsellor on each bot that runs, so a trainer opens the counsellor's side in the sandbox at once; an
    /// account already linked stays as it is.
    /// </summary>
    /// <remarks>Commits: start-up work, outside any update.</remarks>
    public async Task LinkDemoAsync(string counselorName, IEnumerable<string> botNames, long userId, CancellationToken cancellationToken)
    {
        var counselor = await db.Counselors.AsNoTracking().FirstOrDefaultAsync(c => c.FullName == counselorName, cancellationToken);
        if (counselor is null)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var bot in botNames.Distinct())
        {
            if (!await db.CounselorAccounts.AnyAsync(a => a.BotName == bot && a.UserId == userId, cancellationToken))
            {
                db.CounselorAccounts.Add(new CounselorAccount { CounselorId = counselor.Id, BotName = bot, UserId = userId, ChatId = userId, LinkedAt = now });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Hash(string code) => Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(code)));
}
