using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Counseling;
using RahZendegi.Domain.Data;
using RahZendegi.Domain.Membership;
using RahZendegi.Domain.Workshops;

namespace RahZendegi.Domain.Reports;

/// <summary>One line of the subsidy report: a library and a category over the period.</summary>
public sealed record SubsidyLine(
    string Library,
    MemberCategory Category,
    int Sessions,
    int WorkshopSeats,
    long ListPriceRials,
    long ChargedRials,
    int NoShows,
    int Booked)
{
    public long SubsidyRials => ListPriceRials - ChargedRials;

    public double NoShowRate => Booked == 0 ? 0 : (double)NoShows / Booked;
}

/// <summary>
/// What the Relief Committee and the library directorate ask for: services delivered per library and category,
/// their list-price value, what was charged, and the difference (the subsidy). A person's category is the one
/// verified on their membership now; bookings do not record the category they were priced with.
/// </summary>
public sealed class SubsidyReport(AppDbContext db)
{
    /// <param name="libraries">The libraries to report on; null for all.</param>
    public async Task<IReadOnlyList<SubsidyLine>> BuildAsync(DateTime fromUtc, DateTime toUtc, IReadOnlyList<int>? libraries, CancellationToken cancellationToken)
    {
        var names = await db.Libraries.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        var members = await db.Members.AsNoTracking()
            .Select(m => new { m.Id, m.BotName, m.UserId, Category = m.CategoryStatus == CategoryStatus.Verified ? m.Category : MemberCategory.Public })
            .ToListAsync(cancellationToken);
        var byId = members.ToDictionary(m => m.Id, m => m.Category);
        var byMessenger = members.Where(m => m.BotName is not null).ToDictionary(m => (m.BotName!, m.UserId!.Value), m => m.Category);

        // A place staff made for a member names the member; one made in the bot names the messenger user.
        MemberCategory CategoryOf(int? memberId, string? bot, long? user) =>
            memberId is { } id ? byId.GetValueOrDefault(id, MemberCategory.Public)
            : bot is not null && user is { } u ? byMessenger.GetValueOrDefault((bot, u), MemberCategory.Public)
            : MemberCategory.Public;

        var sessions = await db.Bookings.AsNoTracking().Where(Booking.CountsAsSession)
            .Where(b => b.StartsAt >= fromUtc && b.StartsAt < toUtc)
            .Select(b => new { b.LibraryId, b.MemberId, b.BotName, b.UserId, b.Status, b.BaseRials, b.ToPayRials }).ToListAsync(cancellationToken);
        var seats = await db.WorkshopRegistrations.AsNoTracking().Where(WorkshopRegistration.CountsAsSeat)
            .Where(r => r.Workshop!.StartsAt >= fromUtc && r.Workshop.StartsAt < toUtc)
            .Select(r => new { r.Workshop!.LibraryId, r.MemberId, r.BotName, r.UserId, r.Status, r.BaseRials, r.ToPayRials }).ToListAsync(cancellationToken);

        var rows = sessions.Select(s => (s.LibraryId, Category: CategoryOf(s.MemberId, s.BotName, s.UserId), Session: true, NoShow: s.Status == BookingStatus.NoShow,
                Delivered: s.Status != BookingStatus.NoShow, s.BaseRials, s.ToPayRials))
            .Concat(seats.Select(s => (s.LibraryId, Category: CategoryOf(s.MemberId, s.BotName, s.UserId), Session: false, NoShow: s.Status == RegistrationStatus.NoShow,
                Delivered: s.Status != RegistrationStatus.NoShow, s.BaseRials, s.ToPayRials)))
            .Where(r => libraries is null || libraries.Contains(r.LibraryId));

        return [.. rows.GroupBy(r => (r.LibraryId, r.Category))
            .Select(g => new SubsidyLine(
                names.GetValueOrDefault(g.Key.LibraryId, ""),
                g.Key.Category,
                g.Count(r => r.Session && r.Delivered),
                g.Count(r => !r.Session && r.Delivered),
                g.Where(r => r.Delivered).Sum(r => r.BaseRials),
                g.Where(r => r.Delivered).Sum(r => r.ToPayRials),
                g.Count(r => r.NoShow),
                g.Count()))
            .OrderBy(l => l.Library).ThenBy(l => l.Category)];
    }
}
