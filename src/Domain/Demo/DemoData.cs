using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Libraries;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Persian;
using RahZendegi.Domain.Pricing;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Domain.Demo;

/// <summary>
/// Demo data for a newcomer or a trainer: libraries of Ilam province, counsellors, workshops and the article's membership
/// code. The article's discount rules and the solar holidays are not demo: every install has them (<see cref="InstallDefaults"/>).
/// </summary>
public static class DemoData
{
    /// <summary>The demo counsellor linked to the messenger user <see cref="Data.DemoOptions.CounselorUserId"/>.</summary>
    public const string CounselorName = "مریم احمدی";

    /// <remarks>Commits: start-up work, outside any update.</remarks>
    public static async Task<bool> SeedIfEmptyAsync(AppDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.Libraries.AnyAsync(cancellationToken))
        {
            return false;
        }

        var libraries = new[]
        {
            Library("کتابخانه عمومی مرکزی ایلام", "ایلام"),
            Library("کتابخانه عمومی ایوان", "ایوان"),
            Library("کتابخانه عمومی دهلران", "دهلران"),
            Library("کتابخانه عمومی مهران", "مهران"),
            Library("کتابخانه عمومی آبدانان", "آبدانان"),
            Library("کتابخانه عمومی دره‌شهر", "دره‌شهر"),
        };
        db.Libraries.AddRange(libraries);
        await db.SaveChangesAsync(cancellationToken);

        db.Counselors.AddRange(
            Counselor(CounselorName, Gender.Female, CounselingTopic.Family | CounselingTopic.Individual, libraries[0],
                (DayOfWeek.Saturday, 9, 13), (DayOfWeek.Monday, 9, 13), (DayOfWeek.Wednesday, 15, 19)),
            Counselor("علی رضایی", Gender.Male, CounselingTopic.CareerAndBusiness | CounselingTopic.Educational, libraries[0],
                (DayOfWeek.Sunday, 9, 12), (DayOfWeek.Tuesday, 16, 19)),
            Counselor("زهرا کریمی", Gender.Female, CounselingTopic.ChildAndAdolescent | CounselingTopic.Family, libraries[1],
                (DayOfWeek.Saturday, 8, 12), (DayOfWeek.Tuesday, 8, 12)),
            Counselor("حسین مرادی", Gender.Male, CounselingTopic.Individual | CounselingTopic.Family, libraries[2],
                (DayOfWeek.Sunday, 16, 20), (DayOfWeek.Wednesday, 9, 13)));

        var today = time.GetUtcNow().UtcDateTime.Date;
        db.Workshops.AddRange(
            Workshop("آشنایی با راه‌اندازی کسب‌وکار خانگی", WorkshopKind.BusinessAndJobs, libraries[0], today.AddDays(5).AddHours(6), 25, 500_000, sessions: 3),
            Workshop("کارگاه توانمندسازی زنان سرپرست خانوار", WorkshopKind.Empowerment, libraries[0], today.AddDays(8).AddHours(6), 20, 300_000, sessions: 2),
            Workshop("قصه‌گویی برای کودکان", WorkshopKind.Children, libraries[1], today.AddDays(3).AddHours(6), 15, 0),
            Workshop("محفل ادبی شعر و داستان", WorkshopKind.LiteraryCircle, libraries[2], today.AddDays(6).AddHours(13), 30, 0),
            Workshop("محفل انس با قرآن", WorkshopKind.QuranicCircle, libraries[3], today.AddDays(4).AddHours(13), 40, 0));

        // The article gives committee staff and their families a 40 % code for membership.
        db.DiscountCodes.Add(new DiscountCode
        {
            Code = "EMDAD40",
            Percent = 40,
            ServiceKind = ServiceKind.Membership,
            UsageLimit = 1000,
            ExpiresAt = time.GetUtcNow().UtcDateTime.AddYears(1),
        });

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static Library Library(string name, string city) => new() { Name = name, Province = "ایلام", City = city };

    private static Counselor Counselor(string name, Gender gender, CounselingTopic topics, Library library,
        params (DayOfWeek Day, int From, int To)[] plan) => new()
    {
        FullName = name,
        Gender = gender,
        Specialties = topics,
        SessionMinutes = 45,
        GapMinutes = 15,
        BasePrice = 2_000_000,
        WeeklyPlan = [.. plan.Select(p => new WeeklyPlanEntry
        {
            LibraryId = library.Id,
            Day = p.Day,
            Start = new TimeOnly(p.From, 0),
            End = new TimeOnly(p.To, 0),
        })],
    };

    /// <summary>A workshop of one or more two-hour sessions a week apart; sign-up closes a day before the first.</summary>
    private static Workshop Workshop(string title, WorkshopKind kind, Library library, DateTime firstStartUtc, int capacity, long price, int sessions = 1)
    {
        var workshop = new Workshop
        {
            Title = title,
            Kind = kind,
            LibraryId = library.Id,
            Capacity = capacity,
            SignUpDeadline = firstStartUtc.AddDays(-1),
            BasePrice = price,
        };
        workshop.Schedule(Enumerable.Range(0, sessions).Select(i => (firstStartUtc.AddDays(7 * i), firstStartUtc.AddDays(7 * i).AddHours(2))));
        return workshop;
    }
}
