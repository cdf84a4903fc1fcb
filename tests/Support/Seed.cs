using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Membership;

namespace RahZendegi.Tests.Support;

/// <summary>The rows most tests start from, built the same way everywhere; a test names only what matters to it.</summary>
public static class Seed
{
    public const string Province = "ایلام";

    /// <summary>«کتابخانه عمومی {city}» unless named.</summary>
    public static Library Library(string city = "ایلام", string? name = null) =>
        new() { Name = name ?? $"کتابخانه عمومی {city}", Province = Province, City = city };

    /// <summary>A family counsellor, 45-minute sessions at 200٬000 Tomans, working the given hours at one library.</summary>
    public static Counselor Counselor(int libraryId, params (DayOfWeek Day, int FromHour, int ToHour)[] plan) => new()
    {
        FullName = "حسین مرادی",
        Specialties = CounselingTopic.Family,
        SessionMinutes = 45,
        BasePrice = 2_000_000,
        WeeklyPlan = [.. plan.Select(p => new WeeklyPlanEntry { LibraryId = libraryId, Day = p.Day, Start = new(p.FromHour, 0), End = new(p.ToHour % 24, 0) })],
    };

    /// <summary>Adds and commits <see cref="Library(string, string?)"/> and a <see cref="Counselor"/> working there on <paramref name="plan"/>.</summary>
    public static async Task<(Library Library, Counselor Counselor)> CounselingAsync(AppDbContext db, string city,
        params (DayOfWeek Day, int FromHour, int ToHour)[] plan)
    {
        var library = Library(city);
        db.Libraries.Add(library);
        await db.SaveChangesAsync();
        var counselor = Counselor(library.Id, plan);
        db.Counselors.Add(counselor);
        await db.SaveChangesAsync();
        return (library, counselor);
    }

    /// <summary>
    /// Member <paramref name="n"/>: with a messenger account on <paramref name="bot"/> (user and chat <paramref name="n"/>),
    /// or registered at the desk without one when <paramref name="bot"/> is null. The two kinds never share a number,
    /// national ID or phone, so a test may have both for the same <paramref name="n"/>.
    /// </summary>
    public static Member Member(int libraryId, long n, MemberCategory category = MemberCategory.Public, CategoryStatus status = CategoryStatus.None,
        string? bot = "test", string? nationalId = null, DateTime createdAt = default) => new()
    {
        BotName = bot,
        UserId = bot is null ? null : n,
        ChatId = bot is null ? null : n,
        MembershipNumber = bot is null ? $"06{n:D6}" : $"05{n:D6}",
        FullName = bot is null ? "فاطمه رحیمی" : "زهرا محمدی",
        NationalId = nationalId ?? (bot is null ? $"9{n:D9}" : $"{n:D10}"),
        Phone = bot is null ? $"+98913{n:D7}" : $"+98912{n:D7}",
        LibraryId = libraryId,
        Category = category,
        CategoryStatus = status,
        CreatedAt = createdAt,
    };
}
